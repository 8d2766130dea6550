package vn.tuoitreso.audit.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.audit.AuditAction;
import vn.tuoitreso.shared.IdentifiedEntity;

/** One recorded action; written once and never changed but to forget a deleted person's name. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends IdentifiedEntity {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int SUBJECT_NAME_MAX_LENGTH = 200;
    public static final int DETAIL_MAX_LENGTH = 500;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action = AuditAction.ROLES_CHANGED;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_name")
    private @Nullable String actorName;

    @Column(name = "subject_ref", nullable = false)
    private String subjectRef = "";

    @Column(name = "subject_name")
    private @Nullable String subjectName;

    @Column(nullable = false)
    private String detail = "";

    @Version
    private long version;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, AuditAction action, @Nullable Long actorId, @Nullable String actorName,
            String subjectRef, @Nullable String subjectName, String detail) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.actorId = actorId;
        this.actorName = cut(actorName, NAME_MAX_LENGTH);
        this.subjectRef = subjectRef;
        this.subjectName = cut(subjectName, SUBJECT_NAME_MAX_LENGTH);
        this.detail = String.valueOf(cut(detail, DETAIL_MAX_LENGTH));
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public AuditAction action() {
        return action;
    }

    public @Nullable Long actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName == null ? "" : actorName;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String subjectName() {
        return subjectName == null ? "" : subjectName;
    }

    public String detail() {
        return detail;
    }
}
