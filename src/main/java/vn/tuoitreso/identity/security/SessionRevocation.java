package vn.tuoitreso.identity.security;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.tuoitreso.identity.AccountDisabled;
import vn.tuoitreso.identity.PasswordChanged;
import vn.tuoitreso.identity.RolesChanged;

/**
 * Ends a person's sessions once their rights or password changed: each ended session is logged out at its
 * next request (Spring Security's concurrent-session filter), Vaadin's requests included. Sessions are known
 * per node (sticky sessions); the change is made on the node that ends them.
 */
@Component
class SessionRevocation {

    private final SessionRegistry sessions;

    SessionRevocation(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountDisabled event) {
        endSessions(event.accountId(), null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RolesChanged event) {
        if (event.removedAny()) {
            endSessions(event.accountId(), null);
        }
    }

    /** The session the password was changed in stays; every other one ends. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordChanged event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        endSessions(event.accountId(), request == null ? null : request.getSessionId());
    }

    void endSessions(long accountId, @Nullable String keep) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal p && p.accountId() == accountId) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (!Objects.equals(session.getSessionId(), keep)) {
                        session.expireNow();
                    }
                }
            }
        }
    }
}
