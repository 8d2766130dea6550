package vn.tuoitreso.learning;

/** A learner marked a lesson as done. */
public record LessonCompleted(long accountId, long courseId, long lessonId) {
}
