package vn.tuoitreso.contest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.submission.Contest;
import vn.tuoitreso.contest.submission.ContestRepository;
import vn.tuoitreso.contest.submission.Revision;
import vn.tuoitreso.contest.submission.RevisionRepository;
import vn.tuoitreso.contest.submission.Round;
import vn.tuoitreso.contest.submission.RoundRepository;
import vn.tuoitreso.contest.submission.Submission;
import vn.tuoitreso.contest.submission.SubmissionRepository;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PublicCodes;
import vn.tuoitreso.shared.InvalidInputException.Problem;
import vn.tuoitreso.shared.ProvinceTime;

/**
 * Contestants' ideas. The server's clock decides deadlines: a form opened before the close and sent
 * after it is refused with a clear message, and what was typed stays saved as the draft.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Submissions {


    private final SubmissionRepository submissions;
    private final RevisionRepository revisions;
    private final ContestRepository contests;
    private final RoundRepository rounds;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    Submissions(SubmissionRepository submissions, RevisionRepository revisions, ContestRepository contests,
            RoundRepository rounds, Accounts accounts, CurrentUser currentUser, ApplicationEventPublisher events,
            ObjectMapper json, Clock clock) {
        this.submissions = submissions;
        this.revisions = revisions;
        this.contests = contests;
        this.rounds = rounds;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Opens a draft in a round of a published contest the caller is eligible for. */
    @Transactional
    public SubmissionSummary start(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> InvalidInputException.of("", "contest.notFound"));
        Contest contest = contests.findById(round.contestId()).filter(Contest::published)
                .orElseThrow(() -> InvalidInputException.of("", "contest.notFound"));
        AccountSummary me = accounts.me();
        int age = Year.now(clock.withZone(ProvinceTime.ZONE)).getValue() - me.birthYear();
        if (!contest.admits(age, me.unitId())) {
            throw InvalidInputException.of("", "contest.notEligible");
        }
        if (!round.acceptsSubmissionsAt(clock.instant())) {
            throw InvalidInputException.of("", "contest.submission.closed");
        }
        Submission submission = submissions.save(new Submission(contest.id(), roundId, me.id(),
                PublicCodes.random("YT", 8), clock.instant()));
        return summary(submission);
    }

    /** Keeps what the contestant typed (called as they type). */
    @Transactional
    public SubmissionSummary save(long submissionId, IdeaDraft idea) {
        Submission submission = own(submissionId);
        Contest contest = contests.findById(submission.contestId()).orElseThrow();
        if (idea.team().size() > contest.maxTeamSize()) {
            throw InvalidInputException.of("team", "contest.validation.teamSize", contest.maxTeamSize());
        }
        submission.write(idea, round(submission), clock.instant());
        return summary(submission);
    }

    /**
     * Submits the saved idea, or a new revision of it before the deadline. A late submission is refused
     * and the draft is kept as it was.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public SubmissionSummary submit(long submissionId) {
        Submission submission = own(submissionId);
        IdeaDraft idea = submission.idea();
        List<Problem> problems = new ArrayList<>();
        if (idea.title().length() < 5) {
            problems.add(Problem.of("title", "contest.validation.ideaTitle"));
        }
        if (idea.summary().isBlank()) {
            problems.add(Problem.of("summary", "contest.validation.required"));
        }
        if (idea.problem().isBlank()) {
            problems.add(Problem.of("problem", "contest.validation.required"));
        }
        if (idea.solution().isBlank()) {
            problems.add(Problem.of("solution", "contest.validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int revision = submission.submit(round(submission), clock.instant());
        revisions.save(new Revision(submission.id(), revision, snapshot(idea), clock.instant()));
        events.publishEvent(new SubmissionSubmitted(submission.id(), submission.contestId(), revision));
        return summary(submission);
    }

    @Transactional
    public SubmissionSummary withdraw(long submissionId) {
        Submission submission = own(submissionId);
        if (submission.status() != SubmissionStatus.WITHDRAWN) {
            submission.withdraw(clock.instant());
            events.publishEvent(new SubmissionWithdrawn(submission.id(), submission.contestId()));
        }
        return summary(submission);
    }

    @Transactional(readOnly = true)
    public List<SubmissionSummary> mine() {
        return submissions.findByOwnerAccountIdOrderByUpdatedAtDesc(currentUser.requireAccountId()).stream()
                .map(Submissions::summary).toList();
    }

    /** The revisions the contestant submitted, as they were sent (JSON). */
    @Transactional(readOnly = true)
    public List<String> revisions(long submissionId) {
        own(submissionId);
        return revisions.findByKeySubmissionIdOrderByKeyRevisionAsc(submissionId).stream().map(Revision::snapshot)
                .toList();
    }

    private Submission own(long id) {
        return submissions.findById(id).filter(s -> s.ownerAccountId() == currentUser.requireAccountId())
                .orElseThrow(() -> InvalidInputException.of("", "contest.notFound"));
    }

    private Round round(Submission submission) {
        return rounds.findById(submission.roundId()).orElseThrow();
    }

    private String snapshot(IdeaDraft idea) {
        try {
            return json.writeValueAsString(idea);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SubmissionSummary summary(Submission s) {
        return new SubmissionSummary(s.id(), s.code(), s.contestId(), s.roundId(), s.categoryId(), s.ownerAccountId(),
                s.status(), s.idea(), s.revision(), s.submittedAt(), s.updatedAt());
    }
}
