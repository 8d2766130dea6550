package vn.tuoitreso.review;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.AttachmentFile;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.ReadingStatus;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.documents.Extractions;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.review.assignment.Assignment;
import vn.tuoitreso.review.assignment.AssignmentRepository;
import vn.tuoitreso.review.assignment.AuditEntry;
import vn.tuoitreso.review.assignment.AuditRepository;
import vn.tuoitreso.review.panel.CriterionRepository;
import vn.tuoitreso.review.panel.Panel;
import vn.tuoitreso.review.panel.PanelRepository;
import vn.tuoitreso.review.reading.PdfPages;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.InvalidInputException.Problem;

/**
 * The judges' side: their queue, the idea as it was last sent with its files (under neutral names in blind
 * review), and their scores — kept as drafts, then submitted and locked. Every change is audited. A judge reaches
 * only their own assignments: anything else is "not found".
 */
@Service
@RolesAllowed("JUDGE")
public class Judging {

    /** The longest comment for organisers and feedback for the contestant (views limit their fields with it). */
    public static final int TEXT_MAX_LENGTH = Assignment.TEXT_MAX_LENGTH;

    private final AssignmentRepository assignments;
    private final AuditRepository audit;
    private final PanelRepository panels;
    private final CriterionRepository criteria;
    private final Submissions submissions;
    private final Attachments attachments;
    private final Contests contests;
    private final Extractions extractions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final QueueSearch queueSearch;

    Judging(AssignmentRepository assignments, AuditRepository audit, PanelRepository panels,
            CriterionRepository criteria, Submissions submissions, Attachments attachments, Contests contests,
            Extractions extractions, CurrentUser currentUser, Clock clock, QueueSearch queueSearch) {
        this.queueSearch = queueSearch;
        this.assignments = assignments;
        this.audit = audit;
        this.panels = panels;
        this.criteria = criteria;
        this.submissions = submissions;
        this.attachments = attachments;
        this.contests = contests;
        this.extractions = extractions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The caller's assigned ideas — not yet scored first, then drafts, then submitted — whose code or title
     * contains {@code text} (ignoring case and diacritics).
     */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(String text) {
        return items().stream().filter(i -> QueueSearch.plainMatch(i, text)).toList();
    }

    /**
     * The caller's assigned ideas found by the search module — words without diacritics find text with them, in
     * every field and the files — narrowed by the facets chosen, with the facet counts; always blind.
     */
    @Transactional(readOnly = true)
    public JudgeQueue search(QueueFilter filter) {
        List<QueueItem> all = items();
        QueueSearch.Found found = queueSearch.find(all, filter);
        List<QueueItem> shown = filter.empty() ? all
                : all.stream().filter(i -> found.submissionIds().contains(i.submissionId())).toList();
        return new JudgeQueue(shown, found.facets());
    }

    private List<QueueItem> items() {
        List<QueueItem> items = new ArrayList<>();
        Map<Long, Optional<ContestSummary>> contestById = new HashMap<>();
        Map<Long, Panel> panelById = new HashMap<>();
        for (Assignment a : assignments.findByJudgeAccountIdOrderByAssignedAtAscIdAsc(currentUser.requireAccountId())) {
            if (!a.active()) {
                continue;
            }
            SubmissionSummary s = submissions.get(a.submissionId());
            Panel panel = panelById.computeIfAbsent(a.panelId(), id -> panels.findById(id).orElseThrow());
            Optional<ContestSummary> contest = contestById.computeIfAbsent(panel.contestId(), this::contest);
            String round = contest.flatMap(c -> c.rounds().stream().filter(r -> r.id() == panel.roundId())
                    .findFirst()).map(r -> r.plan().name()).orElse("");
            items.add(new QueueItem(a.id(), s.id(), s.code(), s.idea().title(),
                    contest.map(c -> c.settings().title()).orElse(""), round, a.state()));
        }
        return items.stream().sorted(Comparator.comparingInt((QueueItem i) -> order(i.state()))).toList();
    }

    /** One assigned idea with the rubric and the caller's scores. */
    @Transactional(readOnly = true)
    public ScoreSheet sheet(long assignmentId) {
        return sheet(own(assignmentId));
    }

    /** Keeps the scores as a draft, unless the sheet changed since {@code readVersion} (another tab). */
    @Transactional(rollbackFor = StaleEditException.class)
    public ScoreSheet save(long assignmentId, ScoreDraft draft, long readVersion) {
        Assignment assignment = own(assignmentId);
        assignment.requireVersion(readVersion);
        keep(assignment, draft);
        flush();
        return sheet(assignment);
    }

    /** Keeps the scores and submits them: every criterion must be scored; they are then locked. */
    @Transactional(rollbackFor = StaleEditException.class)
    public ScoreSheet submit(long assignmentId, ScoreDraft draft, long readVersion) {
        Assignment assignment = own(assignmentId);
        assignment.requireVersion(readVersion);
        List<RubricCriterion> rubric = rubric(assignment.panelId());
        List<Problem> missing = rubric.stream().filter(c -> !draft.scores().containsKey(c.id()))
                .map(c -> Problem.of("score-" + c.id(), "review.validation.scoreMissing", c.name())).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        keep(assignment, draft);
        assignment.submit(clock.instant());
        record(assignment, "state", AssignmentState.DRAFT.name(), AssignmentState.SUBMITTED.name());
        flush();
        return sheet(assignment);
    }

    /** The caller cannot judge this idea impartially; it goes back to the organisers for another judge. */
    @Transactional
    public void declareConflict(long assignmentId) {
        Assignment assignment = own(assignmentId);
        AssignmentState before = assignment.state();
        assignment.declareConflict();
        record(assignment, "state", before.name(), AssignmentState.CONFLICT.name());
        flush();
    }

    /**
     * A file of the idea to download, under a neutral name in blind review — where only files that carry no metadata
     * can be downloaded (pictures, plain text); the others are read as pages and text.
     */
    @Transactional(readOnly = true)
    public AttachmentFile file(long assignmentId, int index) {
        Assignment assignment = own(assignmentId);
        AttachmentSummary summary = attachment(assignment, index);
        AttachmentFile file = attachments.download(summary.id());
        String name = blind(assignment) ? neutralName(index, summary.fileName()) : file.fileName();
        return new AttachmentFile(name, file.mediaType(), file.size(), file.content());
    }

    /** How many pages a PDF file of the idea has (0: not a PDF, or unreadable). */
    @Transactional(readOnly = true)
    public int pdfPages(long assignmentId, int index) {
        AttachmentFile file = readOnServer(assignmentId, index);
        if (!"application/pdf".equals(file.mediaType())) {
            return 0;
        }
        try (InputStream in = file.content().open()) {
            return PdfPages.count(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page (from 1) of a PDF file of the idea, as a PNG picture. */
    @Transactional(readOnly = true)
    public byte[] pdfPage(long assignmentId, int index, int page) {
        AttachmentFile file = readOnServer(assignmentId, index);
        if (!"application/pdf".equals(file.mediaType())) {
            throw Panels.notFound();
        }
        try (InputStream in = file.content().open()) {
            return PdfPages.png(in, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw Panels.notFound();
        }
    }

    /** The text read from a file of the idea, when there is some. */
    @Transactional(readOnly = true)
    public Optional<String> text(long assignmentId, int index) {
        AttachmentSummary summary = attachment(own(assignmentId), index);
        // the contest module names an attachment's extraction this way (Attachment.reference)
        return extractions.text("contest-attachment:" + summary.id());
    }

    private AttachmentFile readOnServer(long assignmentId, int index) {
        return attachments.readOnServer(attachment(own(assignmentId), index).id());
    }

    private ScoreSheet sheet(Assignment a) {
        Panel panel = panels.findById(a.panelId()).orElseThrow(Panels::notFound);
        SubmissionSummary s = submissions.get(a.submissionId());
        boolean blind = panel.blind();
        IdeaDraft idea = s.idea();
        List<String> team = List.of();
        if (blind) {
            idea = new IdeaDraft(idea.title(), idea.summary(), idea.problem(), idea.solution(), idea.impact(),
                    idea.feasibility(), idea.categoryId(), List.of());
        } else {
            team = idea.team().stream().map(TeamMember::fullName).toList();
        }
        List<AttachmentSummary> files = attachments.of(a.submissionId());
        List<ScoreSheet.JudgeFile> judgeFiles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            AttachmentSummary f = files.get(i);
            judgeFiles.add(new ScoreSheet.JudgeFile(i + 1, blind ? neutralName(i + 1, f.fileName()) : f.fileName(),
                    f.mediaType(), f.sizeBytes(), "application/pdf".equals(f.mediaType()),
                    f.reading().status() == ReadingStatus.READ, f.downloadable()));
        }
        return new ScoreSheet(a.id(), s.id(), s.code(), s.revision(), idea, team, judgeFiles, rubric(a.panelId()),
                a.scores(), a.comment(), a.feedback(), a.state(), blind, a.version());
    }

    private void keep(Assignment assignment, ScoreDraft draft) {
        List<RubricCriterion> rubric = rubric(assignment.panelId());
        List<Problem> problems = new ArrayList<>();
        Map<Long, Double> scores = new HashMap<>();
        for (RubricCriterion c : rubric) {
            Double score = draft.scores().get(c.id());
            if (score == null) {
                continue;
            }
            if (score.isNaN() || score < c.min() || score > c.max()) {
                problems.add(Problem.of("score-" + c.id(), "review.validation.score", c.name(),
                        format(c.min()), format(c.max())));
            }
            scores.put(c.id(), score);
        }
        if (draft.comment().length() > Assignment.TEXT_MAX_LENGTH) {
            problems.add(Problem.of("comment", "review.validation.textLength", Assignment.TEXT_MAX_LENGTH));
        }
        if (draft.feedback().length() > Assignment.TEXT_MAX_LENGTH) {
            problems.add(Problem.of("feedback", "review.validation.textLength", Assignment.TEXT_MAX_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<Long, Double> before = assignment.scores();
        for (RubricCriterion c : rubric) {
            Double old = before.get(c.id());
            Double now = scores.get(c.id());
            if (!Objects.equals(old, now)) {
                record(assignment, c.name(), old == null ? null : format(old), now == null ? null : format(now));
            }
        }
        if (!assignment.comment().equals(draft.comment().strip())) {
            record(assignment, "comment", assignment.comment(), draft.comment().strip());
        }
        if (!assignment.feedback().equals(draft.feedback().strip())) {
            record(assignment, "feedback", assignment.feedback(), draft.feedback().strip());
        }
        assignment.keep(scores, draft.comment().strip(), draft.feedback().strip());
    }

    private void record(Assignment assignment, String what, @org.jspecify.annotations.Nullable String old,
            @org.jspecify.annotations.Nullable String now) {
        audit.save(new AuditEntry(assignment.id(), currentUser.requireAccountId(), clock.instant(),
                what.length() > 160 ? what.substring(0, 160) : what, old, now));
    }

    private Assignment own(long assignmentId) {
        return assignments.findById(assignmentId)
                .filter(a -> a.judgeAccountId() == currentUser.requireAccountId() && a.active())
                .orElseThrow(Panels::notFound);
    }

    private AttachmentSummary attachment(Assignment assignment, int index) {
        List<AttachmentSummary> files = attachments.of(assignment.submissionId());
        if (index < 1 || index > files.size()) {
            throw Panels.notFound();
        }
        return files.get(index - 1);
    }

    private boolean blind(Assignment assignment) {
        return panels.findById(assignment.panelId()).map(Panel::blind).orElse(true);
    }

    private List<RubricCriterion> rubric(long panelId) {
        return criteria.findByPanelIdOrderByPositionAsc(panelId).stream().map(Panels::criterion).toList();
    }

    private Optional<ContestSummary> contest(long contestId) {
        try {
            return Optional.of(contests.get(contestId));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private void flush() {
        try {
            assignments.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException();
        }
    }

    /** "tep-2.pdf": tells the type, nothing of who sent it. */
    static String neutralName(int index, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return "tep-" + index + (extension.isEmpty() || extension.length() > 5 ? "" : "." + extension);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static int order(AssignmentState state) {
        return switch (state) {
            case ASSIGNED -> 0;
            case DRAFT -> 1;
            case SUBMITTED -> 2;
            case CONFLICT -> 3;
        };
    }
}
