package vn.tuoitreso.learning.course;

/** A lesson without its body, with its course: for reading several courses' lessons at once. */
public record LessonInCourse(long courseId, long id, String slug, String title, int minutes) {
}
