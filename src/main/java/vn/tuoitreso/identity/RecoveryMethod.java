package vn.tuoitreso.identity;

/** How a person who forgot their password proved who they are. */
public enum RecoveryMethod {
    /** A single-use link sent to the account's e-mail address. */
    EMAIL_LINK,
    /** A single-use code that an organiser or administrator handed over in person. */
    IN_PERSON_CODE
}
