package vn.tuoitreso.learning;

import org.jspecify.annotations.Nullable;

/**
 * A lesson as its author edits it, with the {@code version} it was read at: give it back in the
 * {@link LessonDraft} so that a colleague's save in between is not overwritten. Its handouts are
 * {@link CourseAssets#handouts}.
 */
public record LessonContent(long id, long sectionId, String slug, String title, String markdown, int minutes,
        @Nullable String videoUrl, long version) {
}
