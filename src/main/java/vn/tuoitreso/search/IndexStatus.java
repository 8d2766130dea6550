package vn.tuoitreso.search;

import org.jspecify.annotations.Nullable;

/**
 * The index as an administrator sees it: the engine's own status, the changes still waiting to reach it (incomplete
 * event publications of the search module), and the rebuild under way, if any.
 */
public record IndexStatus(EngineStatus engine, long pendingEvents, long sentIdeas, @Nullable Rebuild rebuild) {

    /** A rebuild's progress: ideas indexed of those to index; {@code finished} once done (or failed). */
    public record Rebuild(long done, long total, boolean finished, boolean failed) {

        public double fraction() {
            return total == 0 ? 1 : Math.min(1, (double) done / total);
        }
    }
}
