package vn.tuoitreso.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.certificate.CertificateRevoked;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.PasswordRecovered;
import vn.tuoitreso.identity.RecoveryCodeIssued;
import vn.tuoitreso.shared.SystemTasks;

/** Turns the other modules' events into audit entries, with the names the accounts had at that time. */
@Component
class AuditListeners {

    private final AuditLog log;
    private final Accounts accounts;

    AuditListeners(AuditLog log, Accounts accounts) {
        this.log = log;
        this.accounts = accounts;
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
    void on(CertificateRevoked event) {
        Map<Long, String> names = names(event.holderId(), event.revokedBy());
        log.record(event.at(), AuditAction.CERTIFICATE_REVOKED, event.revokedBy(), name(names, event.revokedBy()),
                "certificate:" + event.code(),
                java.util.Objects.requireNonNullElse(name(names, event.holderId()), "") + " · " + event.courseTitle(),
                event.reason());
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
