package vn.tuoitreso.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.audit.entry.AuditEntries;
import vn.tuoitreso.audit.entry.AuditEntry;
import vn.tuoitreso.shared.ProvinceTime;

/** The audit log for administrators: newest first, filtered by action, actor and period. */
@Service
public class AuditLog {

    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AuditEntrySummary> find(AuditQuery query, int offset, int limit) {
        int size = Math.max(1, limit);
        return entries.search(query.action(), pattern(query.actor()), start(query.from()), endOf(query.to()),
                PageRequest.of(offset / size, size)).stream().map(AuditLog::summary).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return entries.countSearch(query.action(), pattern(query.actor()), start(query.from()), endOf(query.to()));
    }

    /** Writes an entry once: a redelivered event finds it there already. */
    @Transactional
    void record(Instant at, AuditAction action, @Nullable Long actorId, @Nullable String actorName, String subjectRef,
            @Nullable String subjectName, String detail) {
        if (!entries.existsByActionAndSubjectRefAndOccurredAt(action, subjectRef, at)) {
            entries.save(new AuditEntry(at, action, actorId, actorName, subjectRef, subjectName, detail));
        }
    }

    /** Removes a deleted person's name from every entry that names them. */
    @Transactional
    void forget(long accountId) {
        entries.forget(accountId, "account:" + accountId);
    }

    private static @Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(ProvinceTime.ZONE).toInstant();
    }

    private static @Nullable Instant endOf(@Nullable LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant();
    }

    private static String pattern(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
        return t.isEmpty() ? "" : "%" + t + "%";
    }

    private static AuditEntrySummary summary(AuditEntry e) {
        return new AuditEntrySummary(e.id(), e.occurredAt(), e.action(), e.actorId(), e.actorName(), e.subjectRef(),
                e.subjectName(), e.detail());
    }
}
