package vn.tuoitreso.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person set a new password with a reset link or code; their other sessions were ended.
 * {@code issuedBy} is the organiser or administrator who handed over the code (none for a link).
 */
public record PasswordRecovered(long accountId, RecoveryMethod method, @Nullable Long issuedBy, Instant at) {
}
