package vn.tuoitreso.review;

import java.time.Clock;
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
import vn.tuoitreso.review.results.NameConsent;
import vn.tuoitreso.review.results.NameConsentRepository;

/**
 * Contestants read the judges' per-criterion scores and feedback on their own idea, once results are published,
 * and each member of the team decides whether their own name is shown on the public results.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Feedback {

    private final Submissions submissions;
    private final PanelRepository panels;
    private final CriterionRepository criteria;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;
    private final NameConsentRepository consents;
    private final Clock clock;

    Feedback(Submissions submissions, PanelRepository panels, CriterionRepository criteria,
            AssignmentRepository assignments, CurrentUser currentUser, NameConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
        this.submissions = submissions;
        this.panels = panels;
        this.criteria = criteria;
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    /** The feedback on the caller's own idea; empty before publication. Someone else's idea is "not found". */
    @Transactional(readOnly = true)
    public Optional<IdeaFeedback> onMyIdea(long submissionId) {
        SubmissionSummary idea = mine(submissionId);
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

    /**
     * Whether the caller agreed to have their name shown with their idea on public results (false until they
     * decide). Someone else's idea is "not found".
     */
    @Transactional(readOnly = true)
    public boolean nameShown(long submissionId) {
        mine(submissionId);
        return consents.findBySubmissionIdAndAccountId(submissionId, currentUser.requireAccountId())
                .map(NameConsent::shown).orElse(false);
    }

    /** The caller's own choice, for their idea only, whether their name is shown on public results; any time. */
    @Transactional
    public void showName(long submissionId, boolean shown) {
        mine(submissionId);
        long me = currentUser.requireAccountId();
        consents.findBySubmissionIdAndAccountId(submissionId, me).ifPresentOrElse(
                c -> c.decide(shown, clock.instant()),
                () -> consents.save(new NameConsent(submissionId, me, shown, clock.instant())));
        consents.flush();
    }

    /**
     * Whether the caller is on the idea's team and its round's results are published: the idea page then links to
     * the feedback. False for anyone else who may read the idea (organisers, judges).
     */
    @Transactional(readOnly = true)
    public boolean ready(long submissionId) {
        SubmissionSummary idea = submissions.get(submissionId);
        return onTeam(idea) && panels.findByRoundId(idea.roundId()).map(p -> p.publishedAt() != null).orElse(false);
    }

    private SubmissionSummary mine(long submissionId) {
        SubmissionSummary idea = submissions.get(submissionId);
        if (!onTeam(idea)) {
            throw Panels.notFound();
        }
        return idea;
    }

    private boolean onTeam(SubmissionSummary idea) {
        long me = currentUser.requireAccountId();
        return idea.ownerAccountId() == me
                || idea.idea().team().stream().map(TeamMember::accountId).anyMatch(id -> id != null && id == me);
    }
}
