package vn.tuoitreso.contest;

import tools.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Year;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.submission.Attachment;
import vn.tuoitreso.contest.submission.AttachmentRepository;
import vn.tuoitreso.contest.submission.Category;
import vn.tuoitreso.contest.submission.CategoryRepository;
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
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.documents.ExtractionOutcome;
import vn.tuoitreso.documents.Extractions;
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
    private final SubmissionAccess access;
    private final AttachmentRepository attachments;
    private final CategoryRepository categories;
    private final Units units;
    private final Extractions extractions;
    private final String publicBaseUrl;

    Submissions(SubmissionRepository submissions, RevisionRepository revisions, ContestRepository contests,
            RoundRepository rounds, Accounts accounts, CurrentUser currentUser, ApplicationEventPublisher events,
            ObjectMapper json, Clock clock, SubmissionAccess access, AttachmentRepository attachments,
            CategoryRepository categories, Units units, Extractions extractions,
            @Value("${app.public-base-url}") String publicBaseUrl) {
        this.access = access;
        this.attachments = attachments;
        this.categories = categories;
        this.units = units;
        this.extractions = extractions;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
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
        Submission submission = submissions.save(new Submission(contest.id(), roundId, me.id(), me.unitId(),
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
        if (!round(submission).acceptsSubmissionsAt(clock.instant())) {
            throw InvalidInputException.of("", "contest.submission.closed");
        }
        IdeaDraft idea = submission.idea();
        List<Problem> problems = new ArrayList<>();
        if (idea.categoryId() == null && !categories.findByContestIdOrderByIdAsc(submission.contestId()).isEmpty()) {
            problems.add(Problem.of("category", "contest.validation.category"));
        }
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
        List<Attachment> files = attachments.findBySubmissionIdAndRemovedAtIsNullOrderByIdAsc(submission.id());
        revisions.save(new Revision(submission.id(), revision, snapshot(new Snapshot(idea,
                files.stream().map(f -> new SentRevision.File(f.id(), f.fileName(), f.sha256(), f.sizeBytes())).toList())),
                clock.instant()));
        if (revision == 1) {
            events.publishEvent(new SubmissionSubmitted(submission.id(), submission.contestId(), revision));
        } else {
            events.publishEvent(new SubmissionUpdated(submission.id(), submission.contestId(), revision));
        }
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

    /** Every revision sent, newest first, for those who may read the idea. */
    @Transactional(readOnly = true)
    public List<SentRevision> history(long submissionId) {
        access.readable(submissionId);
        return revisions.findByKeySubmissionIdOrderByKeyRevisionAsc(submissionId).stream()
                .map(r -> read(r.snapshot()).at(r.revision(), r.createdAt()))
                .sorted(java.util.Comparator.comparingInt(SentRevision::revision).reversed()).toList();
    }

    private Submission own(long id) {
        return access.owned(id);
    }

    private Round round(Submission submission) {
        return rounds.findById(submission.roundId()).orElseThrow();
    }

    /** One submission as its owner, team, assigned judges and organisers may read it. */
    @Transactional(readOnly = true)
    public SubmissionSummary get(long submissionId) {
        return summary(access.readable(submissionId));
    }

    /** The receipt of a submitted idea, found by its code (the QR on a printed receipt leads here). */
    @Transactional(readOnly = true)
    public Receipt receipt(String code) {
        Submission submission = submissions.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(SubmissionAccess::notFound);
        access.readable(submission.id());
        if (submission.submittedAt() == null) {
            throw SubmissionAccess.notFound();
        }
        Contest contest = contests.findById(submission.contestId()).orElseThrow();
        String category = submission.categoryId() == null ? ""
                : categories.findById(submission.categoryId()).map(Category::name).orElse("");
        List<Attachment> files = attachments.findBySubmissionIdAndRemovedAtIsNullOrderByIdAsc(submission.id());
        Map<String, ExtractionOutcome> outcomes = extractions.outcomes(files.stream().map(Attachment::reference).toList());
        return new Receipt(submission.id(), submission.code(), contest.title(), round(submission).name(), category,
                submission.idea().title(), submission.idea().team().stream().map(TeamMember::fullName).toList(),
                submission.revision(), submission.updatedAt(), files.stream().map(a -> Attachments.summary(a,
                        outcomes.getOrDefault(a.reference(), ExtractionOutcome.pending(a.reference())))).toList(),
                publicBaseUrl + "/receipt/" + submission.code());
    }

    /** A contest's submissions for organisers, filtered by round, category, unit (with its sub-units) and status. */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public List<SubmissionRow> list(SubmissionFilter filter) {
        List<UnitSummary> tree = units.tree();
        Set<Long> unitIds = filter.unitId() == null ? Set.of() : withDescendants(filter.unitId(), tree);
        List<Submission> found = submissions.filter(filter.contestId(), filter.roundId(), filter.categoryId(),
                filter.status(), filter.unitId() == null, unitIds.isEmpty() ? Set.of(-1L) : unitIds);
        Map<Long, String> unitNames = tree.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        Map<Long, String> categoryNames = categories.findByContestIdOrderByIdAsc(filter.contestId()).stream()
                .collect(Collectors.toMap(Category::id, Category::name));
        Map<Long, String> roundNames = rounds.findByContestIdOrderByIdAsc(filter.contestId()).stream()
                .collect(Collectors.toMap(Round::id, Round::name));
        Map<Long, String> owners = accounts.fullNames(found.stream().map(Submission::ownerAccountId).toList());
        Map<Long, Long> fileCounts = attachments.findBySubmissionIdInAndRemovedAtIsNull(
                found.stream().map(Submission::id).toList()).stream()
                .collect(Collectors.groupingBy(Attachment::submissionId, Collectors.counting()));
        return found.stream().map(s -> new SubmissionRow(s.id(), s.code(), s.idea().title(),
                s.categoryId() == null ? "" : categoryNames.getOrDefault(s.categoryId(), ""),
                roundNames.getOrDefault(s.roundId(), ""),
                s.unitId() == null ? "" : unitNames.getOrDefault(s.unitId(), ""),
                owners.getOrDefault(s.ownerAccountId(), ""),
                s.idea().team().stream().map(TeamMember::fullName).collect(Collectors.joining(", ")),
                s.status(), s.revision(), s.submittedAt(), s.updatedAt(),
                fileCounts.getOrDefault(s.id(), 0L).intValue())).toList();
    }

    private static Set<Long> withDescendants(long unitId, List<UnitSummary> tree) {
        Set<Long> ids = new HashSet<>(Set.of(unitId));
        boolean grew;
        do {
            grew = false;
            for (UnitSummary unit : tree) {
                if (unit.parentId() != null && ids.contains(unit.parentId()) && ids.add(unit.id())) {
                    grew = true;
                }
            }
        } while (grew);
        return ids;
    }

    /** What a revision keeps (as JSON): the idea and the files attached when it was sent. */
    record Snapshot(IdeaDraft idea, List<SentRevision.File> attachments) {
        SentRevision at(int revision, java.time.Instant sentAt) {
            return new SentRevision(revision, sentAt, idea, attachments == null ? List.of() : attachments);
        }
    }

    private Snapshot read(String snapshot) {
        return json.readValue(snapshot, Snapshot.class);
    }

    private String snapshot(Snapshot idea) {
        return json.writeValueAsString(idea);
    }

    private static SubmissionSummary summary(Submission s) {
        return new SubmissionSummary(s.id(), s.code(), s.contestId(), s.roundId(), s.categoryId(), s.ownerAccountId(),
                s.status(), s.idea(), s.revision(), s.submittedAt(), s.updatedAt());
    }
}
