package vn.tuoitreso.review.assignment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tuoitreso.contest.ReviewerAccess;
import vn.tuoitreso.search.AssignedIdeas;
import vn.tuoitreso.review.AssignmentState;
import vn.tuoitreso.review.panel.Panel;
import vn.tuoitreso.review.panel.PanelRepository;

/**
 * Lets the contest module show an idea and its files, and the search module find it, for the judges assigned to it
 * (not for one who declared a conflict).
 */
@Component
class AssignedJudges implements ReviewerAccess, AssignedIdeas {

    private final AssignmentRepository assignments;
    private final PanelRepository panels;

    AssignedJudges(AssignmentRepository assignments, PanelRepository panels) {
        this.assignments = assignments;
        this.panels = panels;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isAssigned(long judgeAccountId, long submissionId) {
        return assignments.existsByJudgeAccountIdAndSubmissionIdAndStateNot(judgeAccountId, submissionId,
                AssignmentState.CONFLICT);
    }

    /** The ideas a judge may find in the search module: those assigned to them, not returned for a conflict. */
    @Override
    @Transactional(readOnly = true)
    public Set<Long> assignedTo(long judgeAccountId) {
        return assignments.findByJudgeAccountIdOrderByAssignedAtAscIdAsc(judgeAccountId).stream()
                .filter(Assignment::active).map(Assignment::submissionId).collect(Collectors.toSet());
    }

    /** Blind when any panel that assigned it is blind: in doubt, judges learn less. */
    @Override
    @Transactional(readOnly = true)
    public boolean isBlind(long submissionId) {
        return assignments.findBySubmissionIdIn(java.util.List.of(submissionId)).stream()
                .map(Assignment::panelId).distinct()
                .anyMatch(id -> panels.findById(id).map(Panel::blind).orElse(true));
    }
}
