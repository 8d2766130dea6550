package vn.tuoitreso.contest.submission;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.tuoitreso.contest.SubmissionStatus;

public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByOwnerAccountIdOrderByUpdatedAtDesc(long ownerAccountId);

    Optional<Submission> findByCode(String code);

    List<Submission> findByRoundIdAndOwnerAccountIdOrderByIdAsc(long roundId, long ownerAccountId);

    boolean existsByCategoryId(long categoryId);

    /** Submissions ever sent (submitted or withdrawn after sending), by ID, from the one after {@code afterId}. */
    @Query("select s.id from Submission s where s.revision > 0 and s.id > :after order by s.id")
    List<Long> findSentIdsAfter(@Param("after") long afterId, org.springframework.data.domain.Limit limit);

    long countByRevisionGreaterThan(int revision);

    @Query("""
            select s from Submission s where s.contestId = :contest
              and (:round is null or s.roundId = :round)
              and (:category is null or s.categoryId = :category)
              and (:status is null or s.status = :status)
              and (:anyUnit = true or s.unitId in :units)
            order by s.updatedAt desc""")
    List<Submission> filter(@Param("contest") long contestId, @Param("round") @Nullable Long roundId,
            @Param("category") @Nullable Long categoryId, @Param("status") @Nullable SubmissionStatus status,
            @Param("anyUnit") boolean anyUnit, @Param("units") Collection<Long> units);
}
