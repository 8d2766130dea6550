package vn.tuoitreso.learning;

import java.util.List;

/**
 * A section of a course with its lessons in reading order, and the {@code version} it was read at: renaming,
 * moving or deleting it from an older version than the stored one is refused.
 */
public record SectionOutline(long id, String title, List<LessonSummary> lessons, long version) {

    public SectionOutline {
        lessons = List.copyOf(lessons);
    }
}
