package vn.tuoitreso.identity.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account, as Spring Security's session registry knows them on this node.
 * Ending a session makes its next request (a page, a Vaadin round trip) start over at the login page.
 */
@Component
public class Sessions {

    private final SessionRegistry registry;

    Sessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the account except {@code keepSessionId} (none kept when it is null). */
    public int endAll(long accountId, @Nullable String keepSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal account && account.accountId() == accountId) {
                List<SessionInformation> sessions = registry.getAllSessions(principal, false);
                for (SessionInformation session : sessions) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
