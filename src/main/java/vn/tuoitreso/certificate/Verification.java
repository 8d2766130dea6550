package vn.tuoitreso.certificate;

import java.time.Instant;

/**
 * What the public verification page shows: only the name, the course, the date and the status. When the
 * holder deleted their account the certificate reads "issued, holder withdrew", without a name.
 */
public record Verification(String holderName, String courseTitle, Instant issuedAt, boolean valid,
        boolean holderWithdrew) {

    public Verification(String holderName, String courseTitle, Instant issuedAt, boolean valid) {
        this(holderName, courseTitle, issuedAt, valid, false);
    }
}
