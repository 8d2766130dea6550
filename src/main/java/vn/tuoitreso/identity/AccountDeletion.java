package vn.tuoitreso.identity;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.account.Account;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * A person deletes their own account, confirming with their password. Identity forgets the account at once
 * and tells the other modules with {@link AccountDeleted}; the person's sessions end.
 */
@Service
public class AccountDeletion {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountDeletion(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Deletes the caller's account; the last administrator cannot, so the platform is never left without one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMine(String currentPassword) {
        long accountId = currentUser.requireAccountId();
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> InvalidInputException.of("", "validation.account.unknown"));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("deletePassword", "validation.password.wrongCurrent");
        }
        if (account.roles().contains(Role.ADMIN) && account.enabled()) {
            account.disable();
            accounts.flush();
            if (!accounts.existsEnabledAdmin()) {
                throw InvalidInputException.of("deletePassword", "validation.account.lastAdmin");
            }
        }
        accounts.delete(account);
        accounts.flush();
        Instant now = clock.instant();
        events.publishEvent(new AccountDeleted(accountId, now));
        // With the account gone, its sessions are refused at their next request on every node (Sessions).
    }
}
