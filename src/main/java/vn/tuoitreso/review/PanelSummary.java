package vn.tuoitreso.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A round's panel: its settings, rubric, and where its results stand. */
public record PanelSummary(long id, long contestId, long roundId, PanelSettings settings, List<RubricCriterion> rubric,
        @Nullable Integer advancedCount, @Nullable Instant advancedAt, @Nullable Instant publishedAt) {

    public PanelSummary {
        rubric = List.copyOf(rubric);
    }

    public boolean published() {
        return publishedAt != null;
    }
}
