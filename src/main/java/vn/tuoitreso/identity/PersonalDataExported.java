package vn.tuoitreso.identity;

import java.time.Instant;

/** A person downloaded everything the platform holds about them. */
public record PersonalDataExported(long accountId, Instant at) {
}
