package vn.tuoitreso.review.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tuoitreso.shared.IdentifiedEntity;

/** One team member's own choice whether their name is shown with the idea on public results. */
@Entity
@Table(name = "review_name_consent")
public class NameConsent extends IdentifiedEntity {

    @Column(name = "submission_id")
    private long submissionId;

    @Column(name = "account_id")
    private long accountId;

    private boolean shown;

    @Column(name = "decided_at")
    private Instant decidedAt = Instant.EPOCH;

    protected NameConsent() {
    }

    public NameConsent(long submissionId, long accountId, boolean shown, Instant decidedAt) {
        this.submissionId = submissionId;
        this.accountId = accountId;
        this.shown = shown;
        this.decidedAt = decidedAt;
    }

    public void decide(boolean shown, Instant now) {
        this.shown = shown;
        this.decidedAt = now;
    }

    public long submissionId() {
        return submissionId;
    }

    public long accountId() {
        return accountId;
    }

    public boolean shown() {
        return shown;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
