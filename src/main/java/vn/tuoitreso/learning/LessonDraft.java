package vn.tuoitreso.learning;

import org.jspecify.annotations.Nullable;

/**
 * The editable content of a lesson: title, Markdown body, reading minutes, optional video link, and the
 * {@code version} of the lesson the author started from ({@link LessonContent#version()}); a save from an
 * older version than the stored one is refused, so nobody silently overwrites a colleague's edit.
 */
public record LessonDraft(String title, String markdown, @Nullable Integer minutes, @Nullable String videoUrl,
        long version) {

    /** The content of a new lesson, which nobody has read before. */
    public LessonDraft(String title, String markdown, @Nullable Integer minutes, @Nullable String videoUrl) {
        this(title, markdown, minutes, videoUrl, 0);
    }
}
