package vn.tuoitreso.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Sends a failed log-in back to the login view with the reason, so it can say what to do. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String query;
        if (exception instanceof DisabledException) {
            query = "disabled";
        } else if (exception instanceof TooManyAttemptsException) {
            query = "busy";
        } else if (exception instanceof LoginQueueFullException) {
            query = "overloaded";
        } else {
            query = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
