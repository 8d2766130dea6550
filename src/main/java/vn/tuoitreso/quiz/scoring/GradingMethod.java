package vn.tuoitreso.quiz.scoring;

/** Which attempt's score, or what mix of them, is a learner's grade for a quiz. */
public enum GradingMethod {
    /** The best attempt. */
    HIGHEST,
    /** The mean of all attempts. */
    AVERAGE,
    /** The first attempt. */
    FIRST,
    /** The latest attempt. */
    LAST
}
