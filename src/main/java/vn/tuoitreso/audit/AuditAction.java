package vn.tuoitreso.audit;

/** What an audit entry records; {@link #messageKey()} names it in the interface. */
public enum AuditAction {
    ROLES_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    RECOVERY_CODE_ISSUED,
    PASSWORD_RECOVERED,
    CERTIFICATE_REVOKED,
    PERSONAL_DATA_EXPORTED,
    ACCOUNT_DELETED;

    public String messageKey() {
        return "audit.action." + name();
    }
}
