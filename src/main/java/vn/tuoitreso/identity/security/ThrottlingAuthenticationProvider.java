package vn.tuoitreso.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.tuoitreso.identity.account.Account;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.account.Contact;

/**
 * Counts each log-in attempt in the database before the password is checked, then checks it. An account in
 * a wait gets the same answer as a wrong password or an unknown account (the password is still checked, so
 * the time taken tells nothing either), and only a right password outside a wait logs in. The per-address
 * count only changes the answer to a wrong password ("too many attempts from your network"): a right
 * password is never refused because others share the address.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final AccountRepository accounts;
    private final Throttles throttles;
    private final LoginPolicy policy;
    private final Clock clock;
    private final LoginAdmission admission;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, AccountRepository accounts,
            Throttles throttles, LoginPolicy policy, Clock clock, LoginAdmission admission) {
        this.delegate = delegate;
        this.accounts = accounts;
        this.throttles = throttles;
        this.policy = policy;
        this.clock = clock;
        this.admission = admission;
    }

    /** A log-in beyond what the node takes at once is refused before anything is counted or checked. */
    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!admission.tryEnter()) {
            throw new LoginQueueFullException();
        }
        try {
            return check(authentication);
        } finally {
            admission.leave();
        }
    }

    private Authentication check(Authentication authentication) {
        Instant now = clock.instant();
        @Nullable String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<Long> accountId = Contact.parse(authentication.getName()).flatMap(accounts::findByContact)
                .map(Account::id);
        boolean waiting = accountId.map(id -> throttles.attempt(id, now, policy).waiting()).orElse(false);
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            if (waiting) {
                throw new BadCredentialsException("bad credentials");
            }
            if (e instanceof BadCredentialsException && address != null && throttles.count("login-address:" + address,
                    now, LoginPolicy.ADDRESS_WINDOW) > policy.perAddressPer10Minutes()) {
                throw new TooManyAttemptsException();
            }
            throw e;
        }
        if (waiting) {
            throw new BadCredentialsException("bad credentials");
        }
        accountId.ifPresent(throttles::succeeded);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
