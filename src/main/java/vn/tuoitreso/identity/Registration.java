package vn.tuoitreso.identity;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor fills in to open an account. The contact is an e-mail address or a Vietnamese mobile number.
 * A child (see {@link Accounts#needsGuardian}) also names a parent or guardian, gives their contact and
 * confirms their consent.
 */
public record Registration(String fullName, String contact, String password, @Nullable Integer birthYear,
        @Nullable Long unitId, @Nullable String guardianName, @Nullable String guardianContact,
        boolean guardianConsent) {

    /** A registration without a guardian: enough for anyone 16 or older. */
    public Registration(String fullName, String contact, String password, @Nullable Integer birthYear,
            @Nullable Long unitId) {
        this(fullName, contact, password, birthYear, unitId, null, null, false);
    }
}
