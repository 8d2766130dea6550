package vn.tuoitreso.quiz.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question answered with a number; several rules may give different credit, such as full credit for
 * the exact year and half credit within three years.
 *
 * @param otherAnswerFeedback shown when no rule accepts the learner's number (GIFT's {@code ~#feedback})
 */
public record Numerical(Stem stem, List<NumericAnswer> answers, @Nullable String otherAnswerFeedback)
        implements Question {

    public Numerical {
        Objects.requireNonNull(stem, "stem");
        answers = Checks.atLeast(1, answers, "answers");
        if (answers.stream().noneMatch(a -> a.fraction() > 0)) {
            throw new IllegalArgumentException("A numerical question needs an answer earning credit");
        }
        otherAnswerFeedback = Checks.optionalText(otherAnswerFeedback);
    }

    public Numerical(Stem stem, List<NumericAnswer> answers) {
        this(stem, answers, null);
    }

    @Override
    public Numerical withStem(Stem stem) {
        return new Numerical(stem, answers, otherAnswerFeedback);
    }
}
