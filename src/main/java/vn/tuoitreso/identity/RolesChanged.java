package vn.tuoitreso.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An administrator (or the platform, {@code by} null) changed an account's roles. When a role was taken away,
 * the person's sessions have been ended.
 */
public record RolesChanged(long accountId, Set<Role> before, Set<Role> after, @Nullable Long by) {

    public RolesChanged {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }

    public boolean removedAny() {
        return !after.containsAll(before);
    }
}
