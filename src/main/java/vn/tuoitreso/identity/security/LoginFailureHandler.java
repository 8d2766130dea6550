package vn.tuoitreso.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Sends a failed log-in back to the login view with the reason, so it can say what to do. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final Clock clock;

    LoginFailureHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String query;
        if (exception instanceof AccountLockedException locked) {
            long seconds = Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds());
            query = "locked=" + seconds;
        } else if (exception instanceof DisabledException) {
            query = "disabled";
        } else if (exception instanceof TooManyAttemptsException) {
            query = "busy";
        } else {
            query = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
