package vn.tuoitreso.identity;

import org.jspecify.annotations.Nullable;

/** Filters of the administrators' account list: words of the name or contact, a role, a unit. */
public record AccountQuery(String text, @Nullable Role role, @Nullable Long unitId) {

    public static AccountQuery all() {
        return new AccountQuery("", null, null);
    }
}
