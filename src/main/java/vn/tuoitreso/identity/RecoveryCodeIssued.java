package vn.tuoitreso.identity;

import java.time.Instant;

/** An organiser or administrator made a one-time reset code for a person, to hand over in person. */
public record RecoveryCodeIssued(long accountId, long issuedBy, Instant at) {
}
