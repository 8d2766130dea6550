package vn.tuoitreso.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A filter of the audit log: one action or all, the actor's name (part of it), and a period of days in
 * the province's time, both ends included.
 */
public record AuditQuery(@Nullable AuditAction action, String actor, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public AuditQuery {
        actor = actor == null ? "" : actor.strip();
    }

    public static AuditQuery all() {
        return new AuditQuery(null, "", null, null);
    }
}
