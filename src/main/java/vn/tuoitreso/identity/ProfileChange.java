package vn.tuoitreso.identity;

import org.jspecify.annotations.Nullable;

/** The editable part of one's own profile. */
public record ProfileChange(String fullName, String contact, @Nullable Integer birthYear, @Nullable Long unitId) {
}
