package vn.tuoitreso.learning;

/**
 * One learner's study in a period, counted in the database: courses enrolled in, courses completed, lessons
 * marked done.
 */
public record StudyTally(long accountId, long enrolments, long completions, long lessonsDone) {
}
