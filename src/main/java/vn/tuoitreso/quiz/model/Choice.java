package vn.tuoitreso.quiz.model;

import org.jspecify.annotations.Nullable;

/**
 * An option a learner can pick.
 *
 * @param fraction share of the question's mark picking it earns, -1.0 to 1.0
 * @param feedback shown to a learner who picked it
 */
public record Choice(String text, double fraction, @Nullable String feedback) {

    public Choice {
        text = Checks.text(text, "choice text");
        fraction = Checks.fraction(fraction);
        feedback = Checks.optionalText(feedback);
    }

    /** A choice earning full credit. */
    public static Choice right(String text, @Nullable String feedback) {
        return new Choice(text, 1.0, feedback);
    }

    /** A choice earning nothing. */
    public static Choice wrong(String text, @Nullable String feedback) {
        return new Choice(text, 0.0, feedback);
    }
}
