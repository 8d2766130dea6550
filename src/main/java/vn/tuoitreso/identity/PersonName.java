package vn.tuoitreso.identity;

/** An account as others may see it: its ID and full name, nothing else. */
public record PersonName(long accountId, String fullName) {
}
