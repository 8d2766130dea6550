package vn.tuoitreso.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A lesson as its author edits it. */
public record LessonContent(long id, long sectionId, String slug, String title, String markdown, int minutes,
        @Nullable String videoUrl, List<AssetSummary> handouts) {

    public LessonContent {
        handouts = List.copyOf(handouts);
    }
}
