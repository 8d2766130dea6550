package vn.tuoitreso.learning.course;

/** A lesson without its body. */
public record LessonHeading(long id, long sectionId, String slug, String title, int minutes) {
}
