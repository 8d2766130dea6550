package vn.tuoitreso.certificate;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page shows: only the name, the course (or for an award the contest, round, prize
 * and idea), the date and the status. When the holder deleted their account the certificate reads "issued, holder
 * withdrew", without a name.
 */
public record Verification(String holderName, String courseTitle, Instant issuedAt, boolean valid,
        boolean holderWithdrew, @Nullable AwardDetails award) {

    public Verification(String holderName, String courseTitle, Instant issuedAt, boolean valid,
            boolean holderWithdrew) {
        this(holderName, courseTitle, issuedAt, valid, holderWithdrew, null);
    }

    public Verification(String holderName, String courseTitle, Instant issuedAt, boolean valid) {
        this(holderName, courseTitle, issuedAt, valid, false);
    }
}
