package vn.tuoitreso.identity;

import org.jspecify.annotations.Nullable;

/** An organisation unit as shown in lists: its place in the tree is given by parent and depth. */
public record UnitSummary(long id, String code, String name, UnitType type, @Nullable Long parentId, int depth,
        String path) {
}
