package vn.tuoitreso.identity.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * This node's figures of people signing in: sessions signed in now, log-ins through the form, and failed log-ins
 * (through the form and the metrics endpoint's HTTP basic alike, throttled ones included). A scrape's own successful
 * basic log-in is not a person's and is not counted. Counts only, never who.
 */
@Component
class SecurityMetrics {

    private final SessionRegistry sessions;
    private final Counter logins;
    private final Counter failures;

    SecurityMetrics(SessionRegistry sessions, MeterRegistry registry) {
        this.sessions = sessions;
        Gauge.builder("tuoitreso.sessions.signed.in", this, SecurityMetrics::signedIn)
                .description("Sessions of signed-in people on this node").register(registry);
        logins = Counter.builder("tuoitreso.logins").tag("outcome", "success")
                .description("Log-ins through the log-in form on this node").register(registry);
        failures = Counter.builder("tuoitreso.logins").tag("outcome", "failure")
                .description("Failed log-ins on this node (wrong password, unknown account, throttled, disabled)")
                .register(registry);
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        logins.increment();
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        failures.increment();
    }

    private double signedIn() {
        long count = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            count += sessions.getAllSessions(principal, false).size();
        }
        return count;
    }
}
