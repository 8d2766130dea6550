package vn.tuoitreso.contest.submission;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findBySubmissionIdAndRemovedAtIsNullOrderByIdAsc(long submissionId);

    List<Attachment> findBySubmissionIdInAndRemovedAtIsNull(Collection<Long> submissionIds);

    /** Bytes a contestant keeps attached across their ideas in one contest. */
    @Query("""
            select coalesce(sum(a.sizeBytes), 0) from Attachment a, Submission s
            where a.submissionId = s.id and a.removedAt is null and s.ownerAccountId = ?1 and s.contestId = ?2""")
    long totalBytesOf(long ownerAccountId, long contestId);
}
