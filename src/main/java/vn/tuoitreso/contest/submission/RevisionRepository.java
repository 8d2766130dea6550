package vn.tuoitreso.contest.submission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<Revision, Revision.Key> {

    List<Revision> findByKeySubmissionIdOrderByKeyRevisionAsc(long submissionId);
}
