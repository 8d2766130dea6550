package vn.tuoitreso.contest;

import org.jspecify.annotations.Nullable;

/** A member of a submission's team: a registered account, or a named person without one. */
public record TeamMember(@Nullable Long accountId, String fullName) {
}
