package vn.tuoitreso.contest;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.submission.Attachment;
import vn.tuoitreso.contest.submission.AttachmentRepository;
import vn.tuoitreso.contest.submission.Category;
import vn.tuoitreso.contest.submission.CategoryRepository;
import vn.tuoitreso.contest.submission.Contest;
import vn.tuoitreso.contest.submission.InvitationRepository;
import vn.tuoitreso.contest.submission.ContestRepository;
import vn.tuoitreso.contest.submission.Round;
import vn.tuoitreso.contest.submission.RoundRepository;
import vn.tuoitreso.contest.submission.Member;
import vn.tuoitreso.contest.submission.Submission;
import vn.tuoitreso.contest.submission.SubmissionRepository;
import vn.tuoitreso.documents.Extractions;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.InvalidInputException.Problem;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.ProvinceTime;
import vn.tuoitreso.shared.PublicAddress;
import vn.tuoitreso.shared.PublicCodes;

/**
 * Contestants' ideas. A draft is kept as the contestant types. A submitted idea changes only by sending a new
 * revision, its text and its files together in one transaction; organisers, judges, exports and receipts read
 * the revisions sent, so a change not sent (or refused) never shows there. The server's clock decides
 * deadlines: a form opened before the close and sent after it is refused with a clear message, and a draft
 * keeps what was typed. A change names the version it was made from, and one made from an older version (a
 * second tab) is refused with {@link StaleEditException}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Submissions {

    private final SubmissionRepository submissions;
    private final SentRevisions sent;
    private final ContestRepository contests;
    private final RoundRepository rounds;
    private final CategoryRepository categories;
    private final AttachmentRepository attachments;
    private final SubmissionAccess access;
    private final Accounts accounts;
    private final Units units;
    private final Extractions extractions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicAddress publicAddress;
    private final InvitationRepository invitations;
    private final SubmissionPages pages;

    Submissions(SubmissionRepository submissions, SentRevisions sent, ContestRepository contests,
            RoundRepository rounds, CategoryRepository categories, AttachmentRepository attachments,
            SubmissionAccess access, Accounts accounts, Units units, Extractions extractions, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, PublicAddress publicAddress,
            InvitationRepository invitations, SubmissionPages pages) {
        this.invitations = invitations;
        this.pages = pages;
        this.submissions = submissions;
        this.sent = sent;
        this.contests = contests;
        this.rounds = rounds;
        this.categories = categories;
        this.attachments = attachments;
        this.access = access;
        this.accounts = accounts;
        this.units = units;
        this.extractions = extractions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    /**
     * Opens the caller's idea in a round of a published contest they are eligible for: their empty draft, or
     * their latest idea once they have as many as the contest allows per round (withdrawn ones do not count),
     * else a new draft.
     */
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
        List<Submission> mine = submissions.findByRoundIdAndOwnerAccountIdOrderByIdAsc(roundId, me.id()).stream()
                .filter(s -> s.status() != SubmissionStatus.WITHDRAWN).toList();
        Optional<Submission> open = mine.stream().filter(this::empty).findFirst();
        if (open.isEmpty() && mine.size() >= contest.ideasPerRound()) {
            open = mine.stream().filter(s -> s.status() == SubmissionStatus.DRAFT).reduce((first, later) -> later)
                    .or(() -> Optional.of(mine.getLast()));
        }
        if (open.isPresent()) {
            return summary(open.get(), sent.latest(open.get()).orElse(null));
        }
        Submission submission = submissions.saveAndFlush(new Submission(contest.id(), roundId, me.id(), me.unitId(),
                PublicCodes.random("YT", 8), clock.instant()));
        return summary(submission, null);
    }

    /**
     * Keeps what the contestant typed in their draft (called as they type), unless someone changed it since
     * {@code readVersion}. A submitted idea is not changed this way: see {@link #submit(long, IdeaDraft, long)}.
     */
    @Transactional(rollbackFor = StaleEditException.class)
    public SubmissionSummary save(long submissionId, IdeaDraft idea, long readVersion) {
        Submission submission = own(submissionId);
        submission.requireVersion(readVersion);
        return keep(submission, idea);
    }

    /**
     * Keeps a draft whatever was saved in between, for loaders that hold no screen which could be out of date
     * (the demo contest); screens send the version they show with {@link #save(long, IdeaDraft, long)}.
     */
    @Transactional(rollbackFor = StaleEditException.class)
    public SubmissionSummary save(long submissionId, IdeaDraft idea) {
        return keep(own(submissionId), idea);
    }

    /**
     * Sends the idea for judging, or a new revision of it before the deadline: checks it, keeps it and freezes
     * it with the files attached now, in one transaction. When it is refused (something missing, the round
     * closed, or someone changed the idea since {@code readVersion}) nothing is sent and the revision sent
     * before stays exactly as it was; a draft still keeps what was typed.
     */
    @Transactional(noRollbackFor = InvalidInputException.class, rollbackFor = StaleEditException.class)
    public SubmissionSummary submit(long submissionId, IdeaDraft idea, long readVersion) {
        Submission submission = own(submissionId);
        submission.requireVersion(readVersion);
        return send(submission, idea);
    }

    /**
     * Sends the idea as it was last kept, for loaders that hold no screen (the demo contest); screens send what
     * they show with {@link #submit(long, IdeaDraft, long)}.
     */
    @Transactional(noRollbackFor = InvalidInputException.class, rollbackFor = StaleEditException.class)
    public SubmissionSummary submit(long submissionId) {
        Submission submission = own(submissionId);
        return send(submission, submission.idea());
    }

    @Transactional
    public SubmissionSummary withdraw(long submissionId) {
        Submission submission = own(submissionId);
        if (submission.status() != SubmissionStatus.WITHDRAWN) {
            // Like every change, a withdrawal belongs to the round's submission window, not to judging.
            if (!round(submission).acceptsSubmissionsAt(clock.instant())) {
                throw InvalidInputException.of("", "contest.withdraw.closed");
            }
            submission.withdraw(clock.instant());
            events.publishEvent(new SubmissionWithdrawn(submission.id(), submission.contestId()));
        }
        Versions.flush(submissions);
        return summary(submission, sent.latest(submission).orElse(null));
    }

    /** The caller's ideas, as they work on them, most recently changed first. */
    @Transactional(readOnly = true)
    public List<SubmissionSummary> mine() {
        List<Submission> mine = submissions.findByOwnerAccountIdOrderByUpdatedAtDesc(currentUser.requireAccountId());
        Map<Long, SentRevision> latest = sent.latest(mine);
        return mine.stream().map(s -> summary(s, latest.get(s.id()))).toList();
    }

    /** The revisions the contestant submitted, as they were sent (JSON). */
    @Transactional(readOnly = true)
    public List<String> revisions(long submissionId) {
        own(submissionId);
        return sent.json(submissionId);
    }

    /** Every revision sent, newest first, for those who may read the idea. */
    @Transactional(readOnly = true)
    public List<SentRevision> history(long submissionId) {
        access.readable(submissionId);
        return sent.all(submissionId);
    }

    /**
     * One submission for those who may read it: its owner and team get the copy they work on; organisers and
     * assigned judges the revision last sent (a draft never sent, as it stands).
     */
    @Transactional(readOnly = true)
    public SubmissionSummary get(long submissionId) {
        Submission submission = access.readable(submissionId);
        SentRevision latest = sent.latest(submission).orElse(null);
        if (latest == null || access.worksOn(submission)) {
            return summary(submission, latest);
        }
        SubmissionSummary sentOne = asSent(submission, latest);
        // a judge under blind review must not learn the team's names from the idea page either
        return access.blindFor(submission) ? withoutTeam(sentOne) : sentOne;
    }

    private static SubmissionSummary withoutTeam(SubmissionSummary s) {
        IdeaDraft i = s.idea();
        return new SubmissionSummary(s.id(), s.code(), s.contestId(), s.roundId(), s.categoryId(), s.ownerAccountId(),
                s.status(), new IdeaDraft(i.title(), i.summary(), i.problem(), i.solution(), i.impact(),
                        i.feasibility(), i.categoryId(), List.of()), s.revision(), s.submittedAt(), s.updatedAt(),
                s.version());
    }

    /** The receipt of the revision last sent, found by the idea's code (the QR on a printed receipt leads here). */
    @Transactional(readOnly = true)
    public Receipt receipt(String code) {
        Submission submission = submissions.findByCode(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(SubmissionAccess::notFound);
        access.readable(submission.id());
        SentRevision latest = sent.latest(submission).orElseThrow(SubmissionAccess::notFound);
        IdeaDraft idea = latest.idea();
        boolean blind = access.blindFor(submission);
        Contest contest = contests.findById(submission.contestId()).orElseThrow();
        String category = idea.categoryId() == null ? ""
                : categories.findById(idea.categoryId()).map(Category::name).orElse("");
        return new Receipt(submission.id(), submission.code(), contest.title(), round(submission).name(), category,
                idea.title(), blind ? List.of() : idea.team().stream().map(TeamMember::fullName).toList(),
                latest.revision(), latest.sentAt(), Attachments.summaries(sent.files(latest), extractions, blind),
                publicAddress.base() + "/receipt/" + submission.code());
    }

    /**
     * A contest's submissions for organisers, filtered by round, category, unit (with its sub-units) and status:
     * each as its revision last sent (a draft never sent, as it stands; an empty one is left out).
     */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public List<SubmissionRow> list(SubmissionFilter filter) {
        List<UnitSummary> tree = units.tree();
        Set<Long> unitIds = filter.unitId() == null ? Set.of() : withDescendants(filter.unitId(), tree);
        List<Submission> found = submissions.filter(filter.contestId(), filter.roundId(), filter.categoryId(),
                filter.status(), filter.unitId() == null, unitIds.isEmpty() ? Set.of(-1L) : unitIds);
        return rows(filter, found, tree);
    }

    private List<SubmissionRow> rows(SubmissionFilter filter, List<Submission> found, List<UnitSummary> tree) {
        Map<Long, SentRevision> latest = sent.latest(found);
        Map<Long, String> unitNames = tree.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        Map<Long, String> categoryNames = categories.findByContestIdOrderByIdAsc(filter.contestId()).stream()
                .collect(Collectors.toMap(Category::id, Category::name));
        Map<Long, String> roundNames = rounds.findByContestIdOrderByIdAsc(filter.contestId()).stream()
                .collect(Collectors.toMap(Round::id, Round::name));
        Map<Long, String> owners = accounts.fullNames(found.stream().map(Submission::ownerAccountId).toList());
        Map<Long, Long> draftFiles = attachments.findBySubmissionIdInAndRemovedAtIsNull(found.stream()
                .filter(s -> !latest.containsKey(s.id())).map(Submission::id).toList()).stream()
                .collect(Collectors.groupingBy(Attachment::submissionId, Collectors.counting()));
        // a draft opened and left empty is not an entry
        return found.stream().filter(s -> !(s.blankDraft() && !draftFiles.containsKey(s.id()))).map(s -> {
            SentRevision revision = latest.get(s.id());
            IdeaDraft idea = revision == null ? s.idea() : revision.idea();
            int files = revision == null ? draftFiles.getOrDefault(s.id(), 0L).intValue()
                    : revision.attachments().size();
            return new SubmissionRow(s.id(), s.code(), idea.title(),
                    idea.categoryId() == null ? "" : categoryNames.getOrDefault(idea.categoryId(), ""),
                    roundNames.getOrDefault(s.roundId(), ""),
                    s.unitId() == null ? "" : unitNames.getOrDefault(s.unitId(), ""),
                    owners.getOrDefault(s.ownerAccountId(), ""),
                    idea.team().stream().map(TeamMember::fullName).collect(Collectors.joining(", ")),
                    s.status(), revision == null ? 0 : revision.revision(),
                    revision == null ? null : revision.sentAt(), s.updatedAt(), files);
        }).toList();
    }

    /**
     * One page of {@link #list(SubmissionFilter)}, the same rows in the same order (the most recently changed
     * first), read in the database with a constant number of statements whatever the contest's size.
     */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public List<SubmissionRow> page(SubmissionFilter filter, int offset, int limit) {
        List<UnitSummary> tree = units.tree();
        List<SubmissionPages.Line> lines = pages.page(filter, unitIds(filter, tree), offset, limit);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<Long, String> unitNames = tree.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        Map<Long, String> categoryNames = categories.findByContestIdOrderByIdAsc(filter.contestId()).stream()
                .collect(Collectors.toMap(Category::id, Category::name));
        Map<Long, String> roundNames = rounds.findByContestIdOrderByIdAsc(filter.contestId()).stream()
                .collect(Collectors.toMap(Round::id, Round::name));
        Map<Long, String> owners = accounts.fullNames(lines.stream().map(SubmissionPages.Line::ownerAccountId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return lines.stream().map(l -> new SubmissionRow(l.id(), l.code(), l.title(),
                l.categoryId() == null ? "" : categoryNames.getOrDefault(l.categoryId(), ""),
                roundNames.getOrDefault(l.roundId(), ""),
                l.unitId() == null ? "" : unitNames.getOrDefault(l.unitId(), ""),
                l.ownerAccountId() == null ? "" : owners.getOrDefault(l.ownerAccountId(), ""), l.teamNames(),
                l.status(), l.revision(), l.sentAt(), l.updatedAt(), l.attachments())).toList();
    }

    /** How many rows {@link #list(SubmissionFilter)} holds, counted in the database. */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public long count(SubmissionFilter filter) {
        return pages.count(filter, filter.unitId() == null ? Set.of() : unitIds(filter, units.tree()));
    }

    private static Set<Long> unitIds(SubmissionFilter filter, List<UnitSummary> tree) {
        return filter.unitId() == null ? Set.of() : withDescendants(filter.unitId(), tree);
    }

    /** A draft never sent, with nothing written and no file: not an entry yet. */
    private boolean empty(Submission submission) {
        return submission.blankDraft()
                && attachments.findBySubmissionIdAndRemovedAtIsNullOrderByIdAsc(submission.id()).isEmpty();
    }

    private SubmissionSummary keep(Submission submission, IdeaDraft idea) {
        checkLengths(idea);
        checkTeam(submission, idea);
        submission.keepDraft(idea, clock.instant());
        Versions.flush(submissions);
        return summary(submission, null);
    }

    private SubmissionSummary send(Submission submission, IdeaDraft idea) {
        Round round = round(submission);
        // as the database keeps it (DATETIME(6)), so the time told now is the one the receipt shows later
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        checkLengths(idea);
        checkTeam(submission, idea);
        if (submission.status() == SubmissionStatus.DRAFT) {
            // committed even when sending is refused below: a draft keeps what was typed
            submission.keepDraft(idea, now);
            Versions.flush(submissions);
        }
        submission.checkSendable(round, now);
        checkComplete(submission.contestId(), idea);
        int revision = submission.send(idea, round, now);
        SentRevision frozen = sent.freeze(submission.id(), revision, submission.idea(),
                attachments.findBySubmissionIdAndRemovedAtIsNullOrderByIdAsc(submission.id()), now);
        Versions.flush(submissions);
        if (revision == 1) {
            events.publishEvent(new SubmissionSubmitted(submission.id(), submission.contestId(), revision));
        } else {
            events.publishEvent(new SubmissionUpdated(submission.id(), submission.contestId(), revision));
        }
        return summary(submission, frozen);
    }

    /** Limits the database's columns would otherwise enforce with a failure nobody understands. */
    private static void checkLengths(IdeaDraft idea) {
        List<Problem> problems = new ArrayList<>();
        tooLong(problems, "title", idea.title(), Submission.TITLE_MAX_LENGTH);
        tooLong(problems, "summary", idea.summary(), Submission.SUMMARY_MAX_LENGTH);
        tooLong(problems, "problem", idea.problem(), Submission.TEXT_MAX_LENGTH);
        tooLong(problems, "solution", idea.solution(), Submission.TEXT_MAX_LENGTH);
        tooLong(problems, "impact", idea.impact(), Submission.TEXT_MAX_LENGTH);
        tooLong(problems, "feasibility", idea.feasibility(), Submission.TEXT_MAX_LENGTH);
        for (TeamMember member : idea.team()) {
            if (member.accountId() == null) {
                tooLong(problems, "team", member.fullName(), Member.FULL_NAME_MAX_LENGTH);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void tooLong(List<Problem> problems, String field, String text, int max) {
        if (text.strip().length() > max) {
            problems.add(Problem.of(field, "validation.tooLong", max, text.strip().length()));
        }
    }

    private void checkTeam(Submission submission, IdeaDraft idea) {
        Contest contest = contests.findById(submission.contestId()).orElseThrow();
        // The contestant is a member of the team too: the limit counts them.
        long joined = submission.idea().team().stream().filter(m -> m.accountId() != null).count();
        long named = idea.team().stream().filter(m -> m.accountId() == null).count();
        long pending = invitations.countBySubmissionIdAndStatus(submission.id(), InvitationStatus.PENDING);
        if (1 + joined + named + pending > contest.maxTeamSize()) {
            throw InvalidInputException.of("team", "contest.validation.teamSize", contest.maxTeamSize());
        }
    }

    /** What an idea needs before it is sent. */
    private void checkComplete(long contestId, IdeaDraft idea) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> offered = categories.findByContestIdOrderByIdAsc(contestId).stream().map(Category::id)
                .collect(Collectors.toSet());
        if (!offered.isEmpty() && (idea.categoryId() == null || !offered.contains(idea.categoryId()))) {
            problems.add(Problem.of("category", "contest.validation.category"));
        }
        if (idea.title().strip().length() < Submission.TITLE_MIN_LENGTH) {
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
    }

    private Submission own(long id) {
        return access.owned(id);
    }

    private Round round(Submission submission) {
        return rounds.findById(submission.roundId()).orElseThrow();
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

    /** The copy being worked on, with when the revision last sent (if any) was sent. */
    private static SubmissionSummary summary(Submission s, @Nullable SentRevision latest) {
        return new SubmissionSummary(s.id(), s.code(), s.contestId(), s.roundId(), s.categoryId(), s.ownerAccountId(),
                s.status(), s.idea(), s.revision(), latest == null ? null : latest.sentAt(), s.updatedAt(),
                s.version());
    }

    /** The revision last sent, as organisers and judges read it. */
    private static SubmissionSummary asSent(Submission s, SentRevision latest) {
        return new SubmissionSummary(s.id(), s.code(), s.contestId(), s.roundId(), latest.idea().categoryId(),
                s.ownerAccountId(), s.status(), latest.idea(), latest.revision(), latest.sentAt(), s.updatedAt(),
                s.version());
    }
}
