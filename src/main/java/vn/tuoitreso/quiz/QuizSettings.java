package vn.tuoitreso.quiz;

import org.jspecify.annotations.Nullable;
import vn.tuoitreso.quiz.scoring.GradingMethod;

/**
 * How a quiz runs: whether passing it is required to complete the course, the pass mark, attempts
 * allowed (0 = unlimited), grading over attempts, a time limit enforced by the server, shuffled
 * options, questions drawn at random from a bank category, and when answers may be reviewed.
 */
public record QuizSettings(String title, boolean required, int passPercent, int attemptsAllowed,
        GradingMethod grading, @Nullable Integer timeLimitMinutes, boolean shuffleOptions, @Nullable Integer drawCount,
        @Nullable String drawCategory, ReviewPolicy review) {

    /**
     * A final quiz that leads to a certificate: three attempts at most, the right answers shown only
     * after the last one, so the certificate means the learner knew them.
     */
    public static QuizSettings finalQuiz(String title) {
        return new QuizSettings(title, true, 70, 3, GradingMethod.HIGHEST, null, true, null, null,
                ReviewPolicy.AFTER_LAST_ATTEMPT);
    }

    /** A final quiz that draws this many questions from one category of the bank for each attempt. */
    public QuizSettings drawing(int count, String category) {
        return new QuizSettings(title, required, passPercent, attemptsAllowed, grading, timeLimitMinutes,
                shuffleOptions, count, category, review);
    }
}
