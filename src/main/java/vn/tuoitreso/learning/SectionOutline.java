package vn.tuoitreso.learning;

import java.util.List;

/** A section of a course with its lessons in reading order. */
public record SectionOutline(long id, String title, List<LessonSummary> lessons) {

    public SectionOutline {
        lessons = List.copyOf(lessons);
    }
}
