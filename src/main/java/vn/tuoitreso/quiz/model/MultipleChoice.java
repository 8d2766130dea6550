package vn.tuoitreso.quiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A question where the learner may pick several choices; the fractions of the picked choices add up,
 * and wrong picks may carry negative fractions.
 */
public record MultipleChoice(Stem stem, List<Choice> choices) implements Question {

    public MultipleChoice {
        Objects.requireNonNull(stem, "stem");
        choices = Checks.atLeast(2, choices, "choices");
        if (choices.stream().noneMatch(c -> c.fraction() > 0)) {
            throw new IllegalArgumentException("A multiple-choice question needs a choice earning credit");
        }
    }

    @Override
    public MultipleChoice withStem(Stem stem) {
        return new MultipleChoice(stem, choices);
    }
}
