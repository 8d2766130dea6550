package vn.tuoitreso.identity;

import org.jspecify.annotations.Nullable;

/** An administrator (or the platform, {@code by} null) disabled an account; its sessions have been ended. */
public record AccountDisabled(long accountId, @Nullable Long by) {
}
