package vn.tuoitreso.quiz.scoring;

import java.util.List;

/**
 * How a response to one question scored.
 *
 * @param fraction share of the question's mark earned, 0 to 1
 * @param mark     marks earned: {@code fraction} times the question's default mark
 * @param feedback authored feedback to show, answer-specific first and general feedback last
 * @param correct  whether the response earned full credit
 */
public record QuestionResult(double fraction, double mark, List<String> feedback, boolean correct) {

    public QuestionResult {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("A fraction earned lies between 0 and 1, not " + fraction);
        }
        feedback = List.copyOf(feedback);
    }
}
