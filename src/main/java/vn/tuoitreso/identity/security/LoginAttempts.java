package vn.tuoitreso.identity.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.account.Contact;

/** Records failed and successful log-ins on the account and per network address. */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final AddressThrottle addresses;
    private final LoginPolicy policy;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, AddressThrottle addresses, LoginPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            addresses.failed(details.getRemoteAddress());
        }
        Contact.parse(event.getAuthentication().getName())
                .flatMap(accounts::findByContact)
                .ifPresent(account -> account.loginFailed(clock.instant(), policy.slowAfter(), policy.lockAfter(),
                        policy.lockDuration()));
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findById(principal.accountId())
                    .filter(account -> account.failedLogins() > 0)
                    .ifPresent(account -> account.loginSucceeded());
        }
    }
}
