package vn.tuoitreso.learning;

import org.jspecify.annotations.Nullable;

/** A lesson as its author edits it; its handouts are {@link CourseAssets#handouts}. */
public record LessonContent(long id, long sectionId, String slug, String title, String markdown, int minutes,
        @Nullable String videoUrl) {
}
