package vn.tuoitreso.identity.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed log-ins are slowed. Per account: from the {@code slowAfter}-th failure on, the next try waits
 * 30 s, then twice as long after each further failure, up to {@code lockMinutes}; the right password is
 * accepted again as soon as a wait is over. The count starts again when the longest wait has expired, or
 * after {@code lockMinutes} without a failure. Per network address the limit is lenient, as many youths
 * share one school or commune address, and a right password is never refused because of it.
 */
@ConfigurationProperties("app.login")
record LoginPolicy(int slowAfter, int lockAfter, int lockMinutes, int perAddressPer10Minutes) {

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

    LoginPolicy {
        if (slowAfter < 1 || lockAfter < slowAfter || lockMinutes < 1 || perAddressPer10Minutes < 1) {
            throw new IllegalArgumentException("app.login: inconsistent limits");
        }
    }

    Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }

    /** The wait imposed after this many consecutive failures, or null for none. */
    @Nullable Duration waitAfter(int failures) {
        if (failures < slowAfter) {
            return null;
        }
        if (failures >= lockAfter) {
            return lockDuration();
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(failures - slowAfter, 20));
        return wait.compareTo(lockDuration()) > 0 ? lockDuration() : wait;
    }

    /** Whether a failure now starts a new series: the longest wait is over, or none failed for a lock's length. */
    boolean restartsAt(int failures, Instant lastFailure, @Nullable Instant waitUntil, Instant now) {
        boolean longestWaitOver = failures >= lockAfter && waitUntil != null && !waitUntil.isAfter(now);
        return longestWaitOver || !lastFailure.plus(lockDuration()).isAfter(now);
    }
}
