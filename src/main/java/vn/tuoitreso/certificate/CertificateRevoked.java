package vn.tuoitreso.certificate;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An organiser or administrator revoked a certificate; the public check shows it as revoked from now on.
 * {@code revokedBy} is none when the platform itself did it.
 */
public record CertificateRevoked(String code, long holderId, String courseTitle, @Nullable Long revokedBy,
        String reason, Instant at) {
}
