package vn.tuoitreso.quiz.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement the learner judges true or false.
 *
 * @param correct         whether the statement is true
 * @param feedbackOnTrue  shown to a learner who answers "true"
 * @param feedbackOnFalse shown to a learner who answers "false"
 */
public record TrueFalse(Stem stem, boolean correct, @Nullable String feedbackOnTrue,
        @Nullable String feedbackOnFalse) implements Question {

    public TrueFalse {
        Objects.requireNonNull(stem, "stem");
        feedbackOnTrue = Checks.optionalText(feedbackOnTrue);
        feedbackOnFalse = Checks.optionalText(feedbackOnFalse);
    }

    /** A statement with feedback given by whether the learner is right, as GIFT writes it. */
    public static TrueFalse of(Stem stem, boolean correct, @Nullable String whenRight, @Nullable String whenWrong) {
        return correct ? new TrueFalse(stem, true, whenRight, whenWrong)
                : new TrueFalse(stem, false, whenWrong, whenRight);
    }

    /** Feedback for a learner who answers rightly. */
    public @Nullable String rightFeedback() {
        return correct ? feedbackOnTrue : feedbackOnFalse;
    }

    /** Feedback for a learner who answers wrongly. */
    public @Nullable String wrongFeedback() {
        return correct ? feedbackOnFalse : feedbackOnTrue;
    }

    @Override
    public TrueFalse withStem(Stem stem) {
        return new TrueFalse(stem, correct, feedbackOnTrue, feedbackOnFalse);
    }
}
