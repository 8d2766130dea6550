package vn.tuoitreso.contest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.submission.Attachment;
import vn.tuoitreso.contest.submission.AttachmentRepository;
import vn.tuoitreso.contest.submission.Category;
import vn.tuoitreso.contest.submission.CategoryRepository;
import vn.tuoitreso.contest.submission.ContestRepository;
import vn.tuoitreso.contest.submission.Round;
import vn.tuoitreso.contest.submission.RoundRepository;
import vn.tuoitreso.contest.submission.Submission;
import vn.tuoitreso.contest.submission.SubmissionRepository;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;

/**
 * The ideas as they were last sent, read by the platform itself (run as the system) to keep its indexes in step
 * with the database. Not for people: their reads go through {@link Submissions}, which checks who asks.
 */
@Service
@PreAuthorize("hasRole('SYSTEM')")
public class SentIdeas {

    private static final String ATTACHMENT_PREFIX = Attachment.reference(0).substring(0,
            Attachment.reference(0).length() - 1);

    private final SubmissionRepository submissions;
    private final SentRevisions sent;
    private final ContestRepository contests;
    private final RoundRepository rounds;
    private final CategoryRepository categories;
    private final AttachmentRepository attachments;
    private final Accounts accounts;
    private final Units units;

    SentIdeas(SubmissionRepository submissions, SentRevisions sent, ContestRepository contests, RoundRepository rounds,
            CategoryRepository categories, AttachmentRepository attachments, Accounts accounts, Units units) {
        this.submissions = submissions;
        this.sent = sent;
        this.contests = contests;
        this.rounds = rounds;
        this.categories = categories;
        this.attachments = attachments;
        this.accounts = accounts;
        this.units = units;
    }

    /** The submission as last sent; empty when it does not exist or was never sent. */
    @Transactional(readOnly = true)
    public Optional<SentIdea> find(long submissionId) {
        Optional<Submission> found = submissions.findById(submissionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Submission submission = found.get();
        return sent.latest(submission).map(revision -> idea(submission, revision));
    }

    /** IDs of the submissions ever sent, in order, from the one after {@code afterId}: a rebuild reads them in pages. */
    @Transactional(readOnly = true)
    public List<Long> sentIds(long afterId, int limit) {
        return submissions.findSentIdsAfter(afterId, Limit.of(limit));
    }

    /** How many submissions were ever sent. */
    @Transactional(readOnly = true)
    public long countSent() {
        return submissions.countByRevisionGreaterThan(0);
    }

    /** The submission a file belongs to, found by the reference its text is extracted under. */
    @Transactional(readOnly = true)
    public Optional<Long> submissionOf(String attachmentReference) {
        if (!attachmentReference.startsWith(ATTACHMENT_PREFIX)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(attachmentReference.substring(ATTACHMENT_PREFIX.length()));
            return attachments.findById(id).map(Attachment::submissionId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private SentIdea idea(Submission submission, SentRevision revision) {
        IdeaDraft idea = revision.idea();
        String contest = contests.findById(submission.contestId()).map(c -> c.title()).orElse("");
        String round = rounds.findById(submission.roundId()).map(Round::name).orElse("");
        String category = idea.categoryId() == null ? null
                : categories.findById(idea.categoryId()).map(Category::name).orElse(null);
        String unit = submission.unitId() == null ? null : units.tree().stream()
                .filter(u -> u.id() == submission.unitId()).map(UnitSummary::name).findFirst().orElse(null);
        List<String> people = new ArrayList<>();
        String owner = accounts.fullNames(List.of(submission.ownerAccountId())).get(submission.ownerAccountId());
        if (owner != null && !owner.isBlank()) {
            people.add(owner);
        }
        idea.team().stream().map(TeamMember::fullName).filter(n -> !n.isBlank() && !people.contains(n))
                .forEach(people::add);
        List<SentIdea.File> files = sent.files(revision).stream()
                .map(a -> new SentIdea.File(a.fileName(), a.reference())).toList();
        return new SentIdea(submission.id(), submission.contestId(), contest, submission.roundId(), round,
                idea.categoryId(), category, submission.unitId(), unit, submission.status(), revision, people, files);
    }
}
