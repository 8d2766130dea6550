package vn.tuoitreso.quiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A question where the learner picks exactly one choice. At least one choice earns full credit (GIFT's
 * {@code =}); others may earn partial or negative credit (GIFT's {@code ~%50%}).
 */
public record SingleChoice(Stem stem, List<Choice> choices) implements Question {

    public SingleChoice {
        Objects.requireNonNull(stem, "stem");
        choices = Checks.atLeast(2, choices, "choices");
        if (choices.stream().noneMatch(c -> c.fraction() == 1.0)) {
            throw new IllegalArgumentException("A single-choice question needs a choice earning full credit");
        }
    }

    /** Index of the first choice earning full credit. */
    public int correctIndex() {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).fraction() == 1.0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: checked on construction");
    }

    @Override
    public SingleChoice withStem(Stem stem) {
        return new SingleChoice(stem, choices);
    }
}
