package vn.tuoitreso.learning;

import org.jspecify.annotations.Nullable;

/** The editable content of a lesson: title, Markdown body, reading minutes, optional video link. */
public record LessonDraft(String title, String markdown, @Nullable Integer minutes, @Nullable String videoUrl) {
}
