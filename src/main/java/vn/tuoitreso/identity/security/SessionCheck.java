package vn.tuoitreso.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every request of a session that {@link Sessions} says no longer holds: the session is invalidated and
 * the request answered as {@link SessionExpiry} does, so an open Vaadin tab lands on the login page.
 * Not a bean (a filter bean would also run outside Spring Security's chain).
 */
class SessionCheck extends OncePerRequestFilter {

    private final Sessions sessions;

    SessionCheck(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            var principal = Sessions.principal(session);
            if (principal.isPresent() && !sessions.holds(session, principal.get())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                SessionExpiry.respond(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
