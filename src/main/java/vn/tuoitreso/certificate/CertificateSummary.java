package vn.tuoitreso.certificate;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A certificate as its holder and organisers see it. */
public record CertificateSummary(String code, long accountId, long courseId, String holderName, String courseTitle,
        Instant issuedAt, @Nullable Instant revokedAt) {

    public boolean valid() {
        return revokedAt == null;
    }
}
