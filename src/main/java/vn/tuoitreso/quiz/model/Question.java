package vn.tuoitreso.quiz.model;

import org.jspecify.annotations.Nullable;

/** A quiz question of one of the six types a quiz can score. */
public sealed interface Question permits SingleChoice, MultipleChoice, TrueFalse, ShortAnswer, Numerical, Matching {

    Stem stem();

    /** The same question with another stem, for moving it to a category or changing its mark. */
    Question withStem(Stem stem);

    default String name() {
        return stem().name();
    }

    default String text() {
        return stem().text();
    }

    default TextFormat textFormat() {
        return stem().textFormat();
    }

    default @Nullable String generalFeedback() {
        return stem().generalFeedback();
    }

    default String category() {
        return stem().category();
    }

    default double defaultMark() {
        return stem().defaultMark();
    }
}
