package vn.tuoitreso.contest.submission;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisionRepository extends JpaRepository<Revision, Revision.Key> {

    List<Revision> findByKeySubmissionIdOrderByKeyRevisionAsc(long submissionId);

    /** The revision each of these submissions sent last (none for a draft never sent). */
    @Query("""
            select r from Revision r, Submission s
            where r.key.submissionId = s.id and r.key.revision = s.revision and s.id in ?1""")
    List<Revision> findLatestOf(Collection<Long> submissionIds);
}
