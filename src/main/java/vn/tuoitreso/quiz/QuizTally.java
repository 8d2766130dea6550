package vn.tuoitreso.quiz;

/** Quiz attempts submitted, and how many of them reached the quiz's pass mark, for one unit, course and month. */
public record QuizTally(long unitId, long courseId, String month, long attempts, long passed) {
}
