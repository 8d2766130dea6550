package vn.tuoitreso.reporting;

/**
 * One learner's progress over a report's period: their unit (its path in the tree), the courses they enrolled in
 * and completed, the lessons they marked done, the quizzes they passed and the certificates they were issued.
 * Personal data: only for those responsible for the learner's unit.
 */
public record LearnerProgress(long accountId, String fullName, String unit, long enrolments, long completions,
        long lessonsDone, long quizzesPassed, long certificates) {
}
