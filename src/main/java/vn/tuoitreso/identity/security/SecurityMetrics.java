package vn.tuoitreso.identity.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * This node's figures of people signing in: sessions signed in now (those holding a security context, followed by the
 * servlet container's session events), log-ins through the form, and failed log-ins (through the form and the
 * metrics endpoint's HTTP basic alike, throttled ones included). A scrape's own successful basic log-in is not a
 * person's and is not counted. Counts only, never who.
 */
@Component
class SecurityMetrics implements HttpSessionListener, HttpSessionAttributeListener {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    /** The sessions themselves, not their ids: the id changes at log-in (session fixation), the session does not. */
    private final Set<HttpSession> signedIn = Collections.newSetFromMap(new ConcurrentHashMap<>());
    private final Counter logins;
    private final Counter failures;

    SecurityMetrics(MeterRegistry registry) {
        Gauge.builder("tuoitreso.sessions.signed.in", signedIn, Set::size)
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

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            signedIn.add(event.getSession());
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            signedIn.remove(event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        signedIn.remove(event.getSession());
    }
}
