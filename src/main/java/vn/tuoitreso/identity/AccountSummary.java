package vn.tuoitreso.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as its owner and administrators see it; never carries the password hash.
 *
 * @param formerUnitName the unit the account was in before it was moved to the province union because that unit
 *                       is no longer in the seed; null otherwise
 */
public record AccountSummary(long id, String fullName, @Nullable String email, @Nullable String phone, int birthYear,
        long unitId, String unitName, Set<Role> roles, boolean enabled, String language, Instant createdAt,
        @Nullable String formerUnitName) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public AccountSummary(long id, String fullName, @Nullable String email, @Nullable String phone, int birthYear,
            long unitId, String unitName, Set<Role> roles, boolean enabled, String language, Instant createdAt) {
        this(id, fullName, email, phone, birthYear, unitId, unitName, roles, enabled, language, createdAt, null);
    }

    /** The e-mail address, else the phone number: what the person logs in with. */
    public String contact() {
        return email != null ? email : phone != null ? phone : "";
    }
}
