package vn.tuoitreso.contest;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.tuoitreso.contest.submission.Submission;
import vn.tuoitreso.contest.submission.SubmissionRepository;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Who may read a submission and download its files: its owner and team members with an account, the judges
 * assigned to it, and organisers. Anyone else is told it does not exist.
 */
@Component
class SubmissionAccess {

    private final SubmissionRepository submissions;
    private final CurrentUser currentUser;
    private final ObjectProvider<ReviewerAccess> reviewers;

    SubmissionAccess(SubmissionRepository submissions, CurrentUser currentUser,
            ObjectProvider<ReviewerAccess> reviewers) {
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.reviewers = reviewers;
    }

    Submission readable(long submissionId) {
        Submission submission = find(submissionId);
        if (currentUser.isOrganiser()) {
            return submission;
        }
        long me = currentUser.requireAccountId();
        if (submission.involves(me) || assignedJudge(me, submission.id())) {
            return submission;
        }
        throw notFound();
    }

    /** Only the owner edits, attaches and withdraws. */
    Submission owned(long submissionId) {
        Submission submission = find(submissionId);
        if (submission.ownerAccountId() != currentUser.requireAccountId()) {
            throw notFound();
        }
        return submission;
    }

    /**
     * Whether the caller works on the idea (its owner or a team member), and so reads the copy being worked on;
     * organisers and judges read what was sent.
     */
    boolean worksOn(Submission submission) {
        return currentUser.accountId().map(submission::involves).orElse(false);
    }

    /**
     * Whether the caller reads the submission only as a judge under blind review (neither organiser nor on its
     * team), and so must not learn who is behind it.
     */
    boolean blindFor(Submission submission) {
        return !currentUser.isOrganiser() && !worksOn(submission)
                && reviewers.orderedStream().anyMatch(r -> r.isBlind(submission.id()));
    }

    private boolean assignedJudge(long me, long submissionId) {
        if (!currentUser.hasRole(Role.JUDGE)) {
            return false;
        }
        List<ReviewerAccess> all = reviewers.orderedStream().toList();
        return all.stream().anyMatch(r -> r.isAssigned(me, submissionId));
    }

    private Submission find(long submissionId) {
        return submissions.findById(submissionId).orElseThrow(SubmissionAccess::notFound);
    }

    static InvalidInputException notFound() {
        return InvalidInputException.of("", "contest.notFound");
    }
}
