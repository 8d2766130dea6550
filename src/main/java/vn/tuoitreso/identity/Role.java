package vn.tuoitreso.identity;

/** What a person may do on the platform; one person may hold several roles. */
public enum Role {
    LEARNER, JUDGE, ORGANISER, ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The i18n key of this role's name. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
