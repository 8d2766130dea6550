package vn.tuoitreso.review.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.tuoitreso.review.AssignmentState;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByPanelId(long panelId);

    org.springframework.data.domain.Slice<Assignment> findByPanelIdOrderBySubmissionIdAscIdAsc(long panelId,
            org.springframework.data.domain.Pageable page);

    List<Assignment> findByJudgeAccountIdOrderByAssignedAtAscIdAsc(long judgeAccountId);

    List<Assignment> findBySubmissionIdIn(Collection<Long> submissionIds);

    Optional<Assignment> findByPanelIdAndSubmissionIdAndJudgeAccountId(long panelId, long submissionId,
            long judgeAccountId);

    boolean existsByJudgeAccountIdAndSubmissionIdAndStateNot(long judgeAccountId, long submissionId,
            AssignmentState state);
}
