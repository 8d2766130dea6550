package vn.tuoitreso.review.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.IdentifiedEntity;

/** One change to a judge's work: who, when, what, from which value to which. Never changed once written. */
@Entity(name = "ReviewAuditEntry")
@Table(name = "review_audit")
public class AuditEntry extends IdentifiedEntity {

    @Column(name = "assignment_id")
    private long assignmentId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "changed_at")
    private Instant changedAt = Instant.EPOCH;

    private String what = "";

    @Column(name = "old_value")
    private @Nullable String oldValue;

    @Column(name = "new_value")
    private @Nullable String newValue;

    protected AuditEntry() {
    }

    public AuditEntry(long assignmentId, long accountId, Instant changedAt, String what, @Nullable String oldValue,
            @Nullable String newValue) {
        this.assignmentId = assignmentId;
        this.accountId = accountId;
        this.changedAt = changedAt;
        this.what = what;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public long assignmentId() {
        return assignmentId;
    }

    public long accountId() {
        return accountId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String what() {
        return what;
    }

    public @Nullable String oldValue() {
        return oldValue;
    }

    public @Nullable String newValue() {
        return newValue;
    }
}
