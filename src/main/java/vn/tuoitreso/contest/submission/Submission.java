package vn.tuoitreso.contest.submission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.shared.IdentifiedEntity;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * An idea entered in a round. A draft is saved as often as the contestant types; sending needs the round to be
 * open by the server's clock and makes a new revision. A submitted idea changes only by sending a new revision
 * (until the round closes), so this row then holds exactly what was last sent; withdrawal ends it.
 */
@Entity
@Table(name = "contest_submission")
public class Submission extends IdentifiedEntity {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int SUMMARY_MAX_LENGTH = 2000;
    /** Problem, solution, impact and feasibility, each: about ten pages. */
    public static final int TEXT_MAX_LENGTH = 20_000;
    /** A title shorter than this is not enough to send. */
    public static final int TITLE_MIN_LENGTH = 5;

    @Column(name = "contest_id")
    private long contestId;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "category_id")
    private @Nullable Long categoryId;

    // None once the owner deleted their account: the entry stays, anonymised.
    @Column(name = "owner_account_id")
    private @Nullable Long ownerAccountId;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    private String code = "";

    @Enumerated(EnumType.STRING)
    private SubmissionStatus status = SubmissionStatus.DRAFT;

    private String title = "";
    private String summary = "";
    private String problem = "";
    private String solution = "";
    private String impact = "";
    private String feasibility = "";

    /** A member joining by accepting an invitation does not make the contestant's open form out of date. */
    @OptimisticLock(excluded = true)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contest_team_member", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    private List<Member> team = new ArrayList<>();

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    /** Moving it alone (a file attached to a draft) does not make another tab's text out of date. */
    @OptimisticLock(excluded = true)
    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;

    private int revision;

    @Version
    private long version;

    protected Submission() {
    }

    public Submission(long contestId, long roundId, long ownerAccountId, long unitId, String code, Instant now) {
        this.contestId = contestId;
        this.roundId = roundId;
        this.ownerAccountId = ownerAccountId;
        this.unitId = unitId;
        this.code = code;
        this.updatedAt = now;
    }

    /** Keeps what was typed, for a draft only: a submitted idea changes only by sending a new revision. */
    public void keepDraft(IdeaDraft idea, Instant now) {
        if (status == SubmissionStatus.WITHDRAWN) {
            throw InvalidInputException.of("", "contest.submission.withdrawn");
        }
        if (status == SubmissionStatus.SUBMITTED) {
            throw InvalidInputException.of("", "contest.submission.sendRevision");
        }
        write(idea, now);
    }

    /** Refuses changes (files included) to a withdrawn idea, or to a submitted one once its round has closed. */
    public void checkEditable(Round round, Instant now) {
        if (status == SubmissionStatus.WITHDRAWN) {
            throw InvalidInputException.of("", "contest.submission.withdrawn");
        }
        if (status == SubmissionStatus.SUBMITTED && !round.acceptsSubmissionsAt(now)) {
            throw InvalidInputException.of("", "contest.submission.closed");
        }
    }

    /** A draft never sent in which nothing was written (its files aside). */
    public boolean blankDraft() {
        return status == SubmissionStatus.DRAFT && revision == 0 && categoryId == null && team.isEmpty()
                && (title + summary + problem + solution + impact + feasibility).isEmpty();
    }

    /** Whether this account owns the idea or is named in its team. */
    public boolean involves(long accountId) {
        return ownerAccountId() == accountId
                || team.stream().anyMatch(m -> m.accountId() != null && m.accountId() == accountId);
    }

    /**
     * Sends this text for judging (again) and returns the new revision's number; refused, with nothing
     * changed, once the round has closed or after withdrawal.
     */
    public int send(IdeaDraft idea, Round round, Instant now) {
        checkSendable(round, now);
        write(idea, now);
        status = SubmissionStatus.SUBMITTED;
        if (submittedAt == null) {
            submittedAt = now;
        }
        return ++revision;
    }

    /** Refuses sending after withdrawal, or once the round has closed by the server's clock. */
    public void checkSendable(Round round, Instant now) {
        if (status == SubmissionStatus.WITHDRAWN) {
            throw InvalidInputException.of("", "contest.submission.withdrawn");
        }
        if (!round.acceptsSubmissionsAt(now)) {
            throw InvalidInputException.of("", "contest.submission.closed");
        }
    }

    private void write(IdeaDraft idea, Instant now) {
        title = idea.title().strip();
        summary = idea.summary().strip();
        problem = idea.problem().strip();
        solution = idea.solution().strip();
        impact = idea.impact().strip();
        feasibility = idea.feasibility().strip();
        categoryId = idea.categoryId();
        // Members with an account join only by accepting an invitation: the text keeps them, whatever it says.
        List<Member> joined = team.stream().filter(m -> m.accountId() != null).toList();
        team.clear();
        team.addAll(joined);
        idea.team().stream().filter(m -> m.accountId() == null && !m.fullName().isBlank())
                .forEach(m -> team.add(new Member(null, m.fullName().strip())));
        updatedAt = now;
    }

    /** Someone accepted an invitation: named in the team (of the copy worked on; a sent revision keeps its own). */
    public void addMember(long accountId, String fullName, Instant now) {
        if (team.stream().noneMatch(m -> m.accountId() != null && m.accountId() == accountId)) {
            team.add(new Member(accountId, fullName));
            updatedAt = now;
        }
    }

    public void removeMember(long accountId, Instant now) {
        if (team.removeIf(m -> m.accountId() != null && m.accountId() == accountId)) {
            updatedAt = now;
        }
    }

    /** A file was attached or removed: a draft counts as updated; a submitted idea's sent revision stays as it was. */
    public void filesChanged(Instant now) {
        if (status == SubmissionStatus.DRAFT) {
            updatedAt = now;
        }
    }

    /** Refuses a change made from a version other than the stored one (two tabs editing one idea). */
    public void requireVersion(long readVersion) {
        StaleEditException.requireCurrent(version, readVersion);
    }

    public long version() {
        return version;
    }

    public void withdraw(Instant now) {
        if (status == SubmissionStatus.WITHDRAWN) {
            return;
        }
        status = SubmissionStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    public IdeaDraft idea() {
        return new IdeaDraft(title, summary, problem, solution, impact, feasibility, categoryId,
                team.stream().map(m -> new TeamMember(m.accountId(), m.fullName())).toList());
    }

    public long contestId() {
        return contestId;
    }

    public long roundId() {
        return roundId;
    }

    public @Nullable Long categoryId() {
        return categoryId;
    }

    public long ownerAccountId() {
        return ownerAccountId == null ? 0L : ownerAccountId;
    }

    public @Nullable Long unitId() {
        return unitId;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String code() {
        return code;
    }

    public SubmissionStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
