package vn.tuoitreso.certificate;

import java.time.Instant;

/** What the public verification page shows: only the name, the course, the date and the status. */
public record Verification(String holderName, String courseTitle, Instant issuedAt, boolean valid) {
}
