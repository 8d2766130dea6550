package vn.tuoitreso.identity;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tuoitreso.identity.account.Account;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.recovery.EmailVerificationLink;
import vn.tuoitreso.identity.recovery.EmailVerificationLinks;
import vn.tuoitreso.identity.recovery.ResetMail;
import vn.tuoitreso.identity.recovery.Secrets;
import vn.tuoitreso.shared.PublicAddress;

/**
 * E-mail contacts are verified by a link sent to them: at registration, and again on request from the profile.
 * An account counts as verified only once the link was opened (or the password was reset through a mailed link).
 * Someone who registered another person's address never gets the link; the owner takes the account back with a
 * password reset.
 */
@Service
public class EmailVerification {

    public static final Duration LINK_VALID_FOR = Duration.ofDays(3);
    public static final int LINKS_PER_HOUR = 3;
    public static final String ROUTE = "verify-email";

    private final AccountRepository accounts;
    private final EmailVerificationLinks links;
    private final CurrentUser currentUser;
    private final ResetMail mail;
    private final PublicAddress publicAddress;
    private final Executor executor;
    private final Clock clock;

    EmailVerification(AccountRepository accounts, EmailVerificationLinks links, CurrentUser currentUser,
            ResetMail mail, PublicAddress publicAddress, @Qualifier("applicationTaskExecutor") Executor executor,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.currentUser = currentUser;
        this.mail = mail;
        this.publicAddress = publicAddress;
        this.executor = executor;
        this.clock = clock;
    }

    /** A new e-mail account gets its link once the registration is saved (in the request, for the address). */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(UserRegistered event) {
        accounts.findById(event.accountId()).ifPresent(this::send);
    }

    /** Sends the caller a new link, at most {@link #LINKS_PER_HOUR} an hour; nothing for a phone or verified account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void resendMine() {
        accounts.findById(currentUser.requireAccountId()).filter(a -> !a.emailVerified()).ifPresent(this::send);
    }

    /** Whether the caller's e-mail address is verified; empty for an account that logs in with a phone number. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Boolean> mineVerified() {
        return accounts.findById(currentUser.requireAccountId()).filter(a -> a.email() != null)
                .map(Account::emailVerified);
    }

    /** Verifies the address the link was sent to, if it is still the account's address; once, until it expires. */
    @PermitAll
    @Transactional
    public boolean verify(@Nullable String token) {
        Instant now = clock.instant();
        if (token == null || token.isBlank()) {
            return false;
        }
        Optional<EmailVerificationLink> link = links.findBySecretHash(Secrets.verificationHash(token))
                .filter(l -> l.usableAt(now));
        Optional<Account> account = link.flatMap(l -> accounts.findById(l.accountId()))
                .filter(a -> link.get().email().equals(a.email()));
        if (account.isEmpty()) {
            return false;
        }
        link.get().use(now);
        account.get().verifyEmail(now);
        return true;
    }

    private void send(Account account) {
        Instant now = clock.instant();
        if (account.email() == null || account.emailVerified()
                || links.countByAccountIdAndCreatedAtAfter(account.id(), now.minus(Duration.ofHours(1))) >= LINKS_PER_HOUR) {
            return;
        }
        String token = Secrets.newToken();
        String to = String.valueOf(account.email());
        links.save(new EmailVerificationLink(account.id(), to, Secrets.verificationHash(token), now, LINK_VALID_FOR));
        String link = publicAddress.base() + "/" + ROUTE + "?token=" + token;
        String language = account.language();
        String fullName = account.fullName();
        executor.execute(() -> mail.sendVerificationLink(to, language, fullName, link));
    }
}
