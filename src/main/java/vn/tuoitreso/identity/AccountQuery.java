package vn.tuoitreso.identity;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the administrators' account list: words of the name or contact, a role, a unit, and whether only
 * accounts moved to the province union because their unit left the seed are shown.
 */
public record AccountQuery(String text, @Nullable Role role, @Nullable Long unitId, boolean unitVanished) {

    public AccountQuery(String text, @Nullable Role role, @Nullable Long unitId) {
        this(text, role, unitId, false);
    }

    /** The accounts moved to the province union because their unit is no longer in the seed. */
    public static AccountQuery unitsVanished() {
        return new AccountQuery("", null, null, true);
    }

    public static AccountQuery all() {
        return new AccountQuery("", null, null);
    }
}
