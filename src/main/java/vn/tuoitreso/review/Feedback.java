package vn.tuoitreso.review;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.review.assignment.AssignmentRepository;
import vn.tuoitreso.review.panel.CriterionRepository;
import vn.tuoitreso.review.panel.Panel;
import vn.tuoitreso.review.panel.PanelRepository;

/** Contestants read the judges' per-criterion scores and feedback on their own idea, once results are published. */
@Service
@PreAuthorize("isAuthenticated()")
public class Feedback {

    private final Submissions submissions;
    private final PanelRepository panels;
    private final CriterionRepository criteria;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;

    Feedback(Submissions submissions, PanelRepository panels, CriterionRepository criteria,
            AssignmentRepository assignments, CurrentUser currentUser) {
        this.submissions = submissions;
        this.panels = panels;
        this.criteria = criteria;
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    /** The feedback on the caller's own idea; empty before publication. Someone else's idea is "not found". */
    @Transactional(readOnly = true)
    public Optional<IdeaFeedback> onMyIdea(long submissionId) {
        SubmissionSummary idea = submissions.get(submissionId);
        long me = currentUser.requireAccountId();
        boolean mine = idea.ownerAccountId() == me
                || idea.idea().team().stream().map(TeamMember::accountId).anyMatch(id -> id != null && id == me);
        if (!mine) {
            throw Panels.notFound();
        }
        Optional<Panel> panel = panels.findByRoundId(idea.roundId()).filter(p -> p.publishedAt() != null);
        if (panel.isEmpty()) {
            return Optional.empty();
        }
        List<RubricCriterion> rubric = criteria.findByPanelIdOrderByPositionAsc(panel.get().id()).stream()
                .map(Panels::criterion).toList();
        List<IdeaFeedback.Judged> judged = assignments.findBySubmissionIdIn(List.of(submissionId)).stream()
                .filter(a -> a.panelId() == panel.get().id() && a.state() == AssignmentState.SUBMITTED)
                .map(a -> new IdeaFeedback.Judged(a.scores(), rubric.stream()
                        .mapToDouble(c -> c.weight() * a.scores().getOrDefault(c.id(), 0.0)).sum(), a.feedback()))
                .toList();
        return Optional.of(new IdeaFeedback(submissionId, rubric, judged, 0));
    }
}
