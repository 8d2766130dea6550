package vn.tuoitreso.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.certificate.CertificateRevoked;
import vn.tuoitreso.identity.AccountDeleted;
import vn.tuoitreso.identity.AccountDisabled;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.PasswordRecovered;
import vn.tuoitreso.identity.PersonalDataExported;
import vn.tuoitreso.identity.RecoveryCodeIssued;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.RolesChanged;
import vn.tuoitreso.shared.SystemTasks;

/** Turns the other modules' events into audit entries, with the names the accounts had at that time. */
@Component
class AuditListeners {

    private final AuditLog log;
    private final Accounts accounts;
    private final Clock clock;

    AuditListeners(AuditLog log, Accounts accounts, Clock clock) {
        this.log = log;
        this.accounts = accounts;
        this.clock = clock;
    }

    // Identity's account events carry no time of their own: the entry takes the time it is recorded.
    @ApplicationModuleListener
    void on(RolesChanged event) {
        Map<Long, String> names = names(event.accountId(), event.by());
        log.record(clock.instant(), AuditAction.ROLES_CHANGED, event.by(), name(names, event.by()),
                account(event.accountId()), name(names, event.accountId()),
                roles(event.before()) + " → " + roles(event.after()));
    }

    @ApplicationModuleListener
    void on(AccountDisabled event) {
        Map<Long, String> names = names(event.accountId(), event.by());
        log.record(clock.instant(), AuditAction.ACCOUNT_DISABLED, event.by(), name(names, event.by()),
                account(event.accountId()), name(names, event.accountId()), "");
    }

    @ApplicationModuleListener
    void on(PasswordRecovered event) {
        Map<Long, String> names = names(event.accountId(), event.issuedBy());
        log.record(event.at(), AuditAction.PASSWORD_RECOVERED, event.issuedBy(), name(names, event.issuedBy()),
                account(event.accountId()), name(names, event.accountId()), event.method().name());
    }

    @ApplicationModuleListener
    void on(RecoveryCodeIssued event) {
        Map<Long, String> names = names(event.accountId(), event.issuedBy());
        log.record(event.at(), AuditAction.RECOVERY_CODE_ISSUED, event.issuedBy(), name(names, event.issuedBy()),
                account(event.accountId()), name(names, event.accountId()), "");
    }

    @ApplicationModuleListener
    void on(PersonalDataExported event) {
        Map<Long, String> names = names(event.accountId(), null);
        log.record(event.at(), AuditAction.PERSONAL_DATA_EXPORTED, event.accountId(), name(names, event.accountId()),
                account(event.accountId()), name(names, event.accountId()), "");
    }

    /** The person's name leaves the log; the entry that they deleted their account stays, by number only. */
    @ApplicationModuleListener
    void on(AccountDeleted event) {
        log.forget(event.accountId());
        log.record(event.at(), AuditAction.ACCOUNT_DELETED, event.accountId(), null, account(event.accountId()), null,
                "");
    }

    @ApplicationModuleListener
    void on(CertificateRevoked event) {
        Map<Long, String> names = names(event.holderId(), event.revokedBy());
        log.record(event.at(), AuditAction.CERTIFICATE_REVOKED, event.revokedBy(), name(names, event.revokedBy()),
                "certificate:" + event.code(),
                java.util.Objects.requireNonNullElse(name(names, event.holderId()), "") + " · " + event.courseTitle(),
                event.reason());
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    static String account(long accountId) {
        return "account:" + accountId;
    }

    private Map<Long, String> names(long accountId, @Nullable Long other) {
        List<Long> ids = new ArrayList<>(List.of(accountId));
        if (other != null) {
            ids.add(other);
        }
        return SystemTasks.runAsSystem(() -> accounts.fullNames(ids));
    }

    private static @Nullable String name(Map<Long, String> names, @Nullable Long accountId) {
        return accountId == null ? null : names.get(accountId);
    }
}
