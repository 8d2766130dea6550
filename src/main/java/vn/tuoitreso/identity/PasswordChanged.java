package vn.tuoitreso.identity;

/** A person changed their password; their other sessions have been ended. */
public record PasswordChanged(long accountId) {
}
