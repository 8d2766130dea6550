package vn.tuoitreso.contest.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A submitted revision of an idea, kept as it was sent (JSON). */
@Entity
@Table(name = "contest_submission_revision")
public class Revision {

    @Embeddable
    public record Key(@Column(name = "submission_id") long submissionId, @Column(name = "revision") int revision)
            implements Serializable {
    }

    @EmbeddedId
    private Key key = new Key(0, 0);

    private String snapshot = "";

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    protected Revision() {
    }

    public Revision(long submissionId, int revision, String snapshot, Instant createdAt) {
        this.key = new Key(submissionId, revision);
        this.snapshot = snapshot;
        this.createdAt = createdAt;
    }

    public long submissionId() {
        return key.submissionId();
    }

    public int revision() {
        return key.revision();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String snapshot() {
        return snapshot;
    }
}
