package vn.tuoitreso.identity.security;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.tuoitreso.identity.AccountDeleted;
import vn.tuoitreso.identity.AccountDisabled;
import vn.tuoitreso.identity.PasswordChanged;
import vn.tuoitreso.identity.PasswordRecovered;
import vn.tuoitreso.identity.RolesChanged;

/**
 * Whether a signed-in session still holds: the one place that ends a person's sessions once their rights or
 * password changed, on every application node. The account keeps a session epoch in the database, raised by
 * the change itself (disabling, taking a role away, a new password); a session remembers the epoch it was
 * signed in under and is refused at its next request once the account's is higher, or the account is disabled
 * or gone ({@link SessionCheck}). Each node reads the epoch at most once per {@code app.sessions.check-interval}
 * per account, and at once after a change made on that node; so a change made on one node ends the sessions on
 * the others within that interval, whatever node a session lives on and whether the node knew it.
 */
@Component
public class Sessions {

    /** The epoch a session counts as signed in under when it differs from its principal's (a password changed in it). */
    static final String EPOCH_ATTRIBUTE = Sessions.class.getName() + ".epoch";

    /** Accounts remembered before readings older than the interval (useless by then) are dropped. */
    private static final int MAX_KNOWN = 10_000;

    private final JdbcTemplate jdbc;
    private final long checkIntervalNanos;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    Sessions(JdbcTemplate jdbc, @Value("${app.sessions.check-interval:5s}") Duration checkInterval) {
        this.jdbc = jdbc;
        this.checkIntervalNanos = checkInterval.toNanos();
    }

    /** Whether the session signed in as this person may go on. */
    boolean holds(HttpSession session, AccountPrincipal principal) {
        int signedInUnder = session.getAttribute(EPOCH_ATTRIBUTE) instanceof Integer epoch
                ? epoch : principal.sessionEpoch();
        return current(principal.accountId()).filter(epoch -> signedInUnder >= epoch).isPresent();
    }

    /** The person signed in with this session, if any: read from the session itself, as stored at log-in. */
    static Optional<AccountPrincipal> principal(HttpSession session) {
        if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context) {
            Authentication authentication = context.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
                return Optional.of(principal);
            }
        }
        return Optional.empty();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountDisabled event) {
        forget(event.accountId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RolesChanged event) {
        forget(event.accountId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordRecovered event) {
        forget(event.accountId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountDeleted event) {
        forget(event.accountId());
    }

    /** The session the password was changed in stays: it counts as signed in under the new epoch. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordChanged event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Integer epoch = read(event.accountId());
        // Marked before the node forgets the old epoch, so that this session's own next request is not refused.
        if (request != null && epoch != null) {
            request.setAttribute(EPOCH_ATTRIBUTE, epoch, RequestAttributes.SCOPE_SESSION);
        }
        forget(event.accountId());
    }

    /** The account's epoch, or nothing when it is disabled or gone; read again once the interval passed. */
    private Optional<Integer> current(long accountId) {
        long now = System.nanoTime();
        Known cached = known.get(accountId);
        if (cached == null || now - cached.readAt() > checkIntervalNanos) {
            if (known.size() > MAX_KNOWN) {
                known.values().removeIf(k -> now - k.readAt() > checkIntervalNanos);
            }
            cached = new Known(read(accountId), now);
            known.put(accountId, cached);
        }
        return Optional.ofNullable(cached.epoch());
    }

    private @Nullable Integer read(long accountId) {
        return jdbc.query("SELECT session_epoch, enabled FROM identity_account WHERE id = ?",
                rs -> rs.next() && rs.getBoolean("enabled") ? rs.getInt("session_epoch") : null, accountId);
    }

    private void forget(long accountId) {
        known.remove(accountId);
    }

    private record Known(@Nullable Integer epoch, long readAt) {
    }
}
