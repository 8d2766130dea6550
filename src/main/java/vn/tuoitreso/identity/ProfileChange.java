package vn.tuoitreso.identity;

import org.jspecify.annotations.Nullable;

/**
 * The editable part of one's own profile. A new e-mail or phone number is accepted only with the current
 * password ({@code currentPassword}; not needed when the contact stays the same).
 */
public record ProfileChange(String fullName, String contact, @Nullable Integer birthYear, @Nullable Long unitId,
        @Nullable String currentPassword) {

    public ProfileChange(String fullName, String contact, @Nullable Integer birthYear, @Nullable Long unitId) {
        this(fullName, contact, birthYear, unitId, null);
    }
}
