package vn.tuoitreso.learning;

/** A lesson in a course outline. */
public record LessonSummary(long id, String slug, String title, int minutes) {
}
