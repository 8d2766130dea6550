package vn.tuoitreso.identity.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counters of log-in and registration attempts in the database, so that every node sees the same count and
 * parallel requests are each counted once (row locks, no read-modify-write in the application). Each call
 * runs in its own short transaction.
 */
@Component
public class Throttles {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    Throttles(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Adds one to the subject's count in a fixed window that starts with its first attempt; returns the new count. */
    public int count(String subject, Instant now, Duration window) {
        LocalDateTime at = utc(now);
        LocalDateTime expired = utc(now.minus(window));
        return transaction.execute(status -> {
            // attempts is assigned before window_start, so both read the old window_start.
            jdbc.update("""
                    INSERT INTO identity_throttle (subject, attempts, failures, window_start) VALUES (?, 1, 0, ?)
                    ON DUPLICATE KEY UPDATE attempts = IF(window_start <= ?, 1, attempts + 1),
                    window_start = IF(window_start <= ?, ?, window_start)""", subject, at, expired, expired, at);
            return jdbc.queryForObject("SELECT attempts FROM identity_throttle WHERE subject = ?", Integer.class, subject);
        });
    }

    /** The subject's count in its current window, without adding to it. */
    public int peek(String subject, Instant now, Duration window) {
        List<Integer> counts = jdbc.queryForList(
                "SELECT attempts FROM identity_throttle WHERE subject = ? AND window_start > ?", Integer.class,
                subject, utc(now.minus(window)));
        return counts.isEmpty() ? 0 : counts.get(0);
    }

    /**
     * Counts a log-in attempt on an account before its password is checked. Outside a wait the attempt is a
     * failure until it succeeds ({@link #succeeded}), and may start a wait; inside a wait it is counted as an
     * attempt but neither checked nor allowed to lengthen the wait.
     */
    AccountAttempt attempt(long accountId, Instant now, LoginPolicy policy) {
        for (int tries = 1; ; tries++) {
            try {
                return countAttempt(accountId, now, policy);
            } catch (PessimisticLockingFailureException e) {
                if (tries == 3) {
                    throw e;
                }
            }
        }
    }

    private AccountAttempt countAttempt(long accountId, Instant now, LoginPolicy policy) {
        String subject = "account:" + accountId;
        return transaction.execute(status -> {
            // ON DUPLICATE KEY takes an exclusive lock at once (INSERT IGNORE's shared lock would deadlock).
            jdbc.update("""
                    INSERT INTO identity_throttle (subject, attempts, failures, window_start) VALUES (?, 0, 0, ?)
                    ON DUPLICATE KEY UPDATE attempts = attempts""", subject, utc(now));
            Row row = jdbc.queryForObject("""
                    SELECT attempts, failures, window_start, wait_until FROM identity_throttle
                    WHERE subject = ? FOR UPDATE""", (rs, n) -> new Row(rs.getInt(1), rs.getInt(2),
                    instant(rs.getObject(3, LocalDateTime.class)), instantOrNull(rs.getObject(4, LocalDateTime.class))),
                    subject);
            if (row.waitUntil() != null && row.waitUntil().isAfter(now)) {
                jdbc.update("UPDATE identity_throttle SET attempts = attempts + 1 WHERE subject = ?", subject);
                return new AccountAttempt(row.attempts() + 1, row.failures(), true);
            }
            int failures = policy.restartsAt(row.failures(), row.windowStart(), row.waitUntil(), now) ? 1
                    : row.failures() + 1;
            @Nullable Duration wait = policy.waitAfter(failures);
            jdbc.update("UPDATE identity_throttle SET attempts = attempts + 1, failures = ?, window_start = ?, wait_until = ? "
                    + "WHERE subject = ?", failures, utc(now), wait == null ? null : utc(now.plus(wait)), subject);
            return new AccountAttempt(row.attempts() + 1, failures, false);
        });
    }

    /** The right password: the account's count starts again. */
    void succeeded(long accountId) {
        transaction.executeWithoutResult(status ->
                jdbc.update("DELETE FROM identity_throttle WHERE subject = ?", "account:" + accountId));
    }

    /** Attempts and counted failures of an account in its current series (for tests and support). */
    AccountAttempt state(long accountId) {
        List<AccountAttempt> rows = jdbc.query("SELECT attempts, failures FROM identity_throttle WHERE subject = ?",
                (rs, n) -> new AccountAttempt(rs.getInt(1), rs.getInt(2), false), "account:" + accountId);
        return rows.isEmpty() ? new AccountAttempt(0, 0, false) : rows.get(0);
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    void forgetOldCounts() {
        jdbc.update("DELETE FROM identity_throttle WHERE window_start < ? AND (wait_until IS NULL OR wait_until < ?)",
                utc(Instant.now().minus(Duration.ofDays(1))), utc(Instant.now()));
    }

    /** One attempt on an account: how many so far in this series, how many checked failures, whether it must wait. */
    record AccountAttempt(int attempts, int failures, boolean waiting) {
    }

    private record Row(int attempts, int failures, Instant windowStart, @Nullable Instant waitUntil) {
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(@Nullable LocalDateTime value) {
        return value == null ? Instant.EPOCH : value.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant instantOrNull(@Nullable LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
