package vn.tuoitreso.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. {@code actorName} is empty when the person acted on their own account
 * anonymously (a reset link) or the platform did it; {@code detail} never holds a password, code or token.
 */
public record AuditEntrySummary(long id, Instant occurredAt, AuditAction action, @Nullable Long actorId,
        String actorName, String subjectRef, String subjectName, String detail) {
}
