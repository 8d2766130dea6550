package vn.tuoitreso.certificate;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A certificate as its holder and organisers see it.
 *
 * @param courseId    the course of a course certificate; 0 for an award
 * @param courseTitle the course, or for an award the contest
 * @param award       what an award certificate states; null for a course certificate
 */
public record CertificateSummary(String code, long accountId, long courseId, String holderName, String courseTitle,
        Instant issuedAt, @Nullable Instant revokedAt, @Nullable AwardDetails award) {

    public CertificateSummary(String code, long accountId, long courseId, String holderName, String courseTitle,
            Instant issuedAt, @Nullable Instant revokedAt) {
        this(code, accountId, courseId, holderName, courseTitle, issuedAt, revokedAt, null);
    }

    public boolean valid() {
        return revokedAt == null;
    }
}
