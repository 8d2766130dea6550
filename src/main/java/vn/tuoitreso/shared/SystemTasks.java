package vn.tuoitreso.shared;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work (seed import, housekeeping) with the rights of an administrator,
 * so that the same guarded service methods serve people and the platform itself.
 */
public final class SystemTasks {

    public static final String SYSTEM_NAME = "system";

    private SystemTasks() {
    }

    public static <T> T runAsSystem(Supplier<T> task) {
        return runAs(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_NAME, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_SYSTEM"))), task);
    }

    /** Runs a task as someone else (the demo seed acts as its demo contestants), then restores the caller. */
    public static <T> T runAs(Authentication authentication, Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable task) {
        runAsSystem(() -> {
            task.run();
            return null;
        });
    }
}
