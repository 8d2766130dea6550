package vn.tuoitreso.learning;

/** A learner completed every lesson of a course. Published once per enrolment. */
public record CourseCompleted(long accountId, long courseId) {
}
