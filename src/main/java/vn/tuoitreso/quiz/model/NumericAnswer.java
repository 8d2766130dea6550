package vn.tuoitreso.quiz.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Numbers a numerical question accepts for some credit.
 *
 * @param fraction share of the mark a number this rule accepts earns, -1.0 to 1.0
 * @param feedback shown to a learner whose number this rule accepted
 */
public record NumericAnswer(NumericRule rule, double fraction, @Nullable String feedback) {

    public NumericAnswer {
        Objects.requireNonNull(rule, "rule");
        fraction = Checks.fraction(fraction);
        feedback = Checks.optionalText(feedback);
    }

    /** A rule earning full credit, without feedback. */
    public static NumericAnswer of(NumericRule rule) {
        return new NumericAnswer(rule, 1.0, null);
    }
}
