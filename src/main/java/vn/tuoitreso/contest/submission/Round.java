package vn.tuoitreso.contest.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.shared.IdentifiedEntity;

/** A stage of a contest with its submission window and, later, its review window. */
@Entity
@Table(name = "contest_round")
public class Round extends IdentifiedEntity {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(name = "contest_id")
    private long contestId;

    private String name = "";

    @Column(name = "submission_opens")
    private Instant submissionOpens = Instant.EPOCH;

    @Column(name = "submission_closes")
    private Instant submissionCloses = Instant.EPOCH;

    @Column(name = "review_opens")
    private @Nullable Instant reviewOpens;

    @Column(name = "review_closes")
    private @Nullable Instant reviewCloses;

    private int position;

    @Version
    private long version;

    protected Round() {
    }

    public Round(long contestId, RoundDraft draft, int position) {
        this.contestId = contestId;
        this.position = position;
        plan(draft);
    }

    public void plan(RoundDraft draft) {
        name = draft.name();
        submissionOpens = draft.submissionOpens();
        submissionCloses = draft.submissionCloses();
        reviewOpens = draft.reviewOpens();
        reviewCloses = draft.reviewCloses();
    }

    /** Submissions are taken from the opening instant up to, not including, the closing one. */
    public boolean acceptsSubmissionsAt(Instant now) {
        return !now.isBefore(submissionOpens) && now.isBefore(submissionCloses);
    }

    public long contestId() {
        return contestId;
    }

    public String name() {
        return name;
    }

    public Instant submissionCloses() {
        return submissionCloses;
    }

    public RoundDraft draft() {
        return new RoundDraft(name, submissionOpens, submissionCloses, reviewOpens, reviewCloses, version);
    }

    /** Refuses a change made from a version other than the stored one. */
    public void requireVersion(long readVersion) {
        StaleEditException.requireCurrent(version, readVersion);
    }
}
