package vn.tuoitreso.identity.security;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What a session ended by {@link Sessions} gets at its next request (it is logged out by then): an open Vaadin
 * tab is told its session expired in the form its client understands, so it reloads and lands on the login
 * page; any other request is sent there.
 */
final class SessionExpiry {

    private SessionExpiry() {
    }

    static void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String vaadinRequest = request.getParameter("v-r");
        if ("heartbeat".equals(vaadinRequest)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else if (vaadinRequest != null) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }
}
