package vn.tuoitreso.identity;

import java.time.Instant;

/** A one-time reset code, shown once to the organiser who hands it over; only its hash is kept. */
public record IssuedCode(String code, String fullName, Instant expiresAt) {
}
