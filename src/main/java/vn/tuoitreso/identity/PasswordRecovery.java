package vn.tuoitreso.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tuoitreso.identity.account.Account;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.account.Contact;
import vn.tuoitreso.identity.account.PasswordRules;
import vn.tuoitreso.identity.recovery.PasswordReset;
import vn.tuoitreso.identity.recovery.PasswordResets;
import vn.tuoitreso.identity.recovery.ResetMail;
import vn.tuoitreso.identity.recovery.Secrets;
import vn.tuoitreso.identity.unit.Unit;
import vn.tuoitreso.identity.unit.UnitRepository;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PublicAddress;

/**
 * A forgotten password: a single-use link by e-mail, or a one-time code that an organiser or administrator
 * responsible for the person's unit hands over in person (phone accounts: there is no SMS gateway). Either
 * sets a new password, ends the person's sessions and is told as {@link PasswordRecovered}.
 */
@Service
public class PasswordRecovery {

    public static final Duration LINK_VALID_FOR = Duration.ofHours(1);
    public static final Duration CODE_VALID_FOR = Duration.ofHours(24);
    /** Reset e-mails one account receives per hour, however often someone asks. */
    public static final int LINKS_PER_HOUR = 3;
    /** The route of the page a reset link opens. */
    public static final String RESET_ROUTE = "reset-password";

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordResets resets;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ResetMail mail;
    private final PublicAddress publicAddress;
    private final ApplicationEventPublisher events;
    private final Executor executor;
    private final Clock clock;

    PasswordRecovery(AccountRepository accounts, UnitRepository units, PasswordResets resets,
            PasswordEncoder passwordEncoder, CurrentUser currentUser, ResetMail mail, PublicAddress publicAddress,
            ApplicationEventPublisher events,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.mail = mail;
        this.publicAddress = publicAddress;
        this.events = events;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Sends a reset link when the contact is the e-mail address of an enabled account, at most
     * {@link #LINKS_PER_HOUR} an hour. The caller learns nothing: the answer is the same in every case,
     * and the mail leaves after the answer.
     */
    @PermitAll
    @Transactional
    public void requestLink(@Nullable String contact) {
        Optional<Account> found = Contact.parse(contact).filter(c -> c.email() != null)
                .flatMap(accounts::findByContact).filter(Account::enabled);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (resets.countByAccountIdAndMethodAndCreatedAtAfter(account.id(), RecoveryMethod.EMAIL_LINK,
                now.minus(Duration.ofHours(1))) >= LINKS_PER_HOUR) {
            return;
        }
        String token = Secrets.newToken();
        resets.save(new PasswordReset(account.id(), RecoveryMethod.EMAIL_LINK, Secrets.tokenHash(token), null, now,
                LINK_VALID_FOR));
        String link = publicAddress.base() + "/" + RESET_ROUTE + "?token=" + token;
        String to = String.valueOf(account.email());
        String language = account.language();
        String fullName = account.fullName();
        afterCommit(() -> executor.execute(
                () -> mail.sendResetLink(to, language, fullName, link, LINK_VALID_FOR.toMinutes())));
    }

    /** Whether a reset link still works (not used, not expired), so its page can say so before anything is typed. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean linkUsable(@Nullable String token) {
        return token != null && !token.isBlank() && resets.readBySecretHash(Secrets.tokenHash(token))
                .filter(r -> r.method() == RecoveryMethod.EMAIL_LINK && r.usableAt(clock.instant())).isPresent();
    }

    /** Sets a new password with the secret of a reset link; the link then stops working. */
    @PermitAll
    @Transactional
    public void resetWithLink(@Nullable String token, String newPassword) {
        Instant now = clock.instant();
        PasswordReset reset = (token == null ? Optional.<PasswordReset>empty()
                : resets.findBySecretHash(Secrets.tokenHash(token)))
                .filter(r -> r.method() == RecoveryMethod.EMAIL_LINK && r.usableAt(now))
                .orElseThrow(() -> InvalidInputException.of("", "recovery.link.invalid"));
        Account account = accounts.findById(reset.accountId()).filter(Account::enabled)
                .orElseThrow(() -> InvalidInputException.of("", "recovery.link.invalid"));
        complete(account, reset, newPassword, now);
    }

    /**
     * Makes a one-time code for the account with this contact, valid {@link #CODE_VALID_FOR}; earlier codes
     * stop working. An organiser may do this only for learners, contestants and judges of their own unit or the
     * units under it; an administrator for anyone but themselves. Anyone else's account is "not found".
     */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public IssuedCode issueCode(@Nullable String contact) {
        long callerId = currentUser.requireAccountId();
        if (Accounts.contactTooLong(contact)) {
            throw InvalidInputException.of("contact", "validation.contact.tooLong", Accounts.CONTACT_MAX_LENGTH);
        }
        Account account = Contact.parse(contact).flatMap(accounts::findByContact)
                .filter(a -> a.id() != callerId && responsibleFor(callerId, a))
                .orElseThrow(() -> InvalidInputException.of("contact", "recovery.code.notFound"));
        Instant now = clock.instant();
        resets.findOpen(account.id(), RecoveryMethod.IN_PERSON_CODE).forEach(r -> r.withdraw(now));
        String code = Secrets.newCode();
        PasswordReset reset = resets.save(new PasswordReset(account.id(), RecoveryMethod.IN_PERSON_CODE,
                Secrets.codeHash(account.id(), code), callerId, now, CODE_VALID_FOR));
        events.publishEvent(new RecoveryCodeIssued(account.id(), callerId, now));
        return new IssuedCode(code, account.fullName(), reset.expiresAt());
    }

    /**
     * Sets a new password with a code handed over in person. A wrong code counts against the code: after
     * {@link PasswordReset#MAX_FAILED_ATTEMPTS} wrong tries it stops working. An unknown contact, a wrong code and
     * an expired one get the same answer.
     */
    @PermitAll
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void resetWithCode(@Nullable String contact, @Nullable String code, String newPassword) {
        Instant now = clock.instant();
        Optional<Account> account = Contact.parse(contact).flatMap(accounts::findByContact).filter(Account::enabled);
        if (account.isEmpty() || code == null) {
            throw InvalidInputException.of("code", "recovery.code.invalid");
        }
        List<PasswordReset> open = resets.findOpen(account.get().id(), RecoveryMethod.IN_PERSON_CODE).stream()
                .filter(r -> r.usableAt(now)).toList();
        String hash = Secrets.codeHash(account.get().id(), code);
        Optional<PasswordReset> matching = open.stream().filter(r -> r.hasSecret(hash)).findFirst();
        if (matching.isEmpty()) {
            open.forEach(PasswordReset::failed);
            throw InvalidInputException.of("code", "recovery.code.invalid");
        }
        complete(account.get(), matching.get(), newPassword, now);
    }

    private void complete(Account account, PasswordReset reset, String newPassword, Instant now) {
        PasswordRules.problem(newPassword, personalWords(account)).ifPresent(key -> {
            throw InvalidInputException.of("newPassword", key, PasswordRules.MIN_LENGTH);
        });
        account.changePassword(passwordEncoder.encode(newPassword));
        if (reset.method() == RecoveryMethod.EMAIL_LINK) {
            // Opening the mailed link proved the address is theirs, as a verification link would.
            account.verifyEmail(now);
        }
        reset.use(now);
        resets.findAllOpen(account.id()).forEach(r -> r.withdraw(now));
        events.publishEvent(new PasswordRecovered(account.id(), reset.method(), reset.issuedBy(), now));
        // The new password raised the account's session epoch: its sessions end on every node (Sessions).
    }

    private boolean responsibleFor(long callerId, Account account) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        if (account.roles().contains(Role.ADMIN) || account.roles().contains(Role.ORGANISER)) {
            return false;
        }
        long callerUnit = accounts.findById(callerId).map(Account::unitId).orElse(-1L);
        @Nullable Long unitId = account.unitId();
        for (int depth = 0; unitId != null && depth < 20; depth++) {
            if (unitId == callerUnit) {
                return true;
            }
            unitId = units.findById(unitId).map(Unit::parentId).orElse(null);
        }
        return false;
    }

    private static String[] personalWords(Account account) {
        List<String> words = new ArrayList<>(List.of(account.fullName().strip().split("\\s+")));
        words.add(account.loginName().split("@")[0]);
        return words.toArray(String[]::new);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
