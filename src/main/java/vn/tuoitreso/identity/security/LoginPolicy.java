package vn.tuoitreso.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed log-ins are slowed and refused. Per account: from {@code slowAfter} failures on, each try
 * waits longer; from {@code lockAfter} on, the account is refused for {@code lockMinutes}. Per network
 * address the limit is lenient, as many youths share one school or commune address.
 */
@ConfigurationProperties("app.login")
record LoginPolicy(int slowAfter, int lockAfter, int lockMinutes, int perAddressPer10Minutes) {

    LoginPolicy {
        if (slowAfter < 1 || lockAfter < slowAfter || lockMinutes < 1 || perAddressPer10Minutes < 1) {
            throw new IllegalArgumentException("app.login: inconsistent limits");
        }
    }

    Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }
}
