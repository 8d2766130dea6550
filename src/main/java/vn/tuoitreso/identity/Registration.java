package vn.tuoitreso.identity;

import org.jspecify.annotations.Nullable;

/** What a visitor fills in to open an account. The contact is an e-mail address or a Vietnamese mobile number. */
public record Registration(String fullName, String contact, String password, @Nullable Integer birthYear,
        @Nullable Long unitId) {
}
