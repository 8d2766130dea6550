package vn.tuoitreso.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What an engine reports of itself: whether it answers, how many documents it holds, when it last changed. */
public record EngineStatus(String engine, boolean up, long documents, @Nullable Instant lastUpdate,
        @Nullable String problem) {
}
