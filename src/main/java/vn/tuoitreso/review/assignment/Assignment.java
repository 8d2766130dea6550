package vn.tuoitreso.review.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.review.AssignmentState;
import vn.tuoitreso.shared.IdentifiedEntity;
import vn.tuoitreso.shared.InvalidInputException;

/** One judge's work on one idea of a panel: the scores per criterion, a comment and feedback. */
@Entity
@Table(name = "review_assignment")
public class Assignment extends IdentifiedEntity {

    public static final int TEXT_MAX_LENGTH = 4000;

    @Column(name = "panel_id")
    private long panelId;

    @Column(name = "submission_id")
    private long submissionId;

    @Column(name = "judge_account_id")
    private long judgeAccountId;

    @Enumerated(EnumType.STRING)
    private AssignmentState state = AssignmentState.ASSIGNED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "assignment_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score")
    private Map<Long, Double> scores = new HashMap<>();

    @Column(name = "comment_for_organisers")
    private String comment = "";

    private String feedback = "";

    @Column(name = "assigned_at")
    private Instant assignedAt = Instant.EPOCH;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(long panelId, long submissionId, long judgeAccountId, Instant now) {
        this.panelId = panelId;
        this.submissionId = submissionId;
        this.judgeAccountId = judgeAccountId;
        this.assignedAt = now;
    }

    /** Keeps the judge's scores and texts as a draft; submitted scores are locked until an organiser reopens them. */
    public void keep(Map<Long, Double> scores, String comment, String feedback) {
        requireOpen();
        this.scores.clear();
        this.scores.putAll(scores);
        this.comment = comment;
        this.feedback = feedback;
        this.state = AssignmentState.DRAFT;
    }

    public void submit(Instant now) {
        requireOpen();
        this.state = AssignmentState.SUBMITTED;
        this.submittedAt = now;
    }

    /** An organiser unlocks submitted scores so the judge can change them. */
    public void reopen() {
        if (state == AssignmentState.SUBMITTED) {
            state = AssignmentState.DRAFT;
            submittedAt = null;
        }
    }

    /** The judge cannot judge this idea impartially: it goes back to the organisers for another judge. */
    public void declareConflict() {
        if (state == AssignmentState.SUBMITTED) {
            throw InvalidInputException.of("", "review.locked");
        }
        state = AssignmentState.CONFLICT;
    }

    public void requireVersion(long readVersion) {
        if (version != readVersion) {
            throw new vn.tuoitreso.contest.StaleEditException();
        }
    }

    private void requireOpen() {
        if (state == AssignmentState.SUBMITTED) {
            throw InvalidInputException.of("", "review.locked");
        }
        if (state == AssignmentState.CONFLICT) {
            throw InvalidInputException.of("", "review.conflictDeclared");
        }
    }

    public boolean active() {
        return state != AssignmentState.CONFLICT;
    }

    public long panelId() {
        return panelId;
    }

    public long submissionId() {
        return submissionId;
    }

    public long judgeAccountId() {
        return judgeAccountId;
    }

    public AssignmentState state() {
        return state;
    }

    public Map<Long, Double> scores() {
        return Map.copyOf(scores);
    }

    public String comment() {
        return comment;
    }

    public String feedback() {
        return feedback;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public long version() {
        return version;
    }
}
