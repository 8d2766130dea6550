package vn.tuoitreso.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Counts failed log-ins per network address in ten-minute windows, in memory of this node. */
@Component
class AddressThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();
    private final LoginPolicy policy;
    private final Clock clock;

    AddressThrottle(LoginPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    boolean allows(String address) {
        Window window = failures.get(address);
        return window == null || window.expired(clock.instant()) || window.count < policy.perAddressPer10Minutes();
    }

    void failed(String address) {
        Instant now = clock.instant();
        failures.compute(address, (k, w) -> w == null || w.expired(now) ? new Window(now, 1) : new Window(w.start, w.count + 1));
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetOldWindows() {
        Instant now = clock.instant();
        failures.values().removeIf(w -> w.expired(now));
    }

    private record Window(Instant start, int count) {
        boolean expired(Instant now) {
            return start.plus(WINDOW).isBefore(now);
        }
    }
}
