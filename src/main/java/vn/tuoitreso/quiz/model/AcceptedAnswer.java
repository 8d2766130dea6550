package vn.tuoitreso.quiz.model;

import org.jspecify.annotations.Nullable;

/**
 * A text a short-answer question accepts. As in Moodle, {@code *} in the text stands for any run of
 * characters and {@code \*} for an asterisk.
 *
 * @param fraction share of the mark this answer earns, -1.0 to 1.0
 * @param feedback shown to a learner whose answer matched this one
 */
public record AcceptedAnswer(String text, double fraction, @Nullable String feedback) {

    public AcceptedAnswer {
        text = Checks.text(text, "answer text");
        fraction = Checks.fraction(fraction);
        feedback = Checks.optionalText(feedback);
    }

    /** An answer earning full credit, without feedback. */
    public static AcceptedAnswer of(String text) {
        return new AcceptedAnswer(text, 1.0, null);
    }
}
