package vn.tuoitreso.quiz.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every question has besides its answers.
 *
 * @param name            short name organisers see in the question bank
 * @param text            the question as learners read it; a missing-word question has {@code _____} where
 *                        the answer goes
 * @param textFormat      how {@code text} and the feedback are written
 * @param generalFeedback shown after the question is answered, whatever the answer
 * @param category        question-bank path such as {@code $course$/Bán hàng}; empty when none
 * @param defaultMark     marks a fully right answer earns
 */
public record Stem(String name, String text, TextFormat textFormat, @Nullable String generalFeedback,
        String category, double defaultMark) {

    /** Marks a question earns unless told otherwise. */
    public static final double DEFAULT_MARK = 1.0;

    public Stem {
        name = Checks.text(name, "name");
        text = Checks.text(text, "text");
        Objects.requireNonNull(textFormat, "textFormat");
        generalFeedback = Checks.optionalText(generalFeedback);
        category = Objects.requireNonNull(category, "category").strip();
        if (category.indexOf('\n') >= 0 || category.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A category path is one line");
        }
        if (!(defaultMark >= 0) || Double.isInfinite(defaultMark)) {
            throw new IllegalArgumentException("A default mark is zero or more, not " + defaultMark);
        }
    }

    /** A stem in Moodle format, without feedback or category, worth one mark. */
    public static Stem of(String name, String text) {
        return new Stem(name, text, TextFormat.MOODLE, null, "", DEFAULT_MARK);
    }

    public Stem withTextFormat(TextFormat format) {
        return new Stem(name, text, format, generalFeedback, category, defaultMark);
    }

    public Stem withGeneralFeedback(@Nullable String feedback) {
        return new Stem(name, text, textFormat, feedback, category, defaultMark);
    }

    public Stem withCategory(String path) {
        return new Stem(name, text, textFormat, generalFeedback, path, defaultMark);
    }

    public Stem withDefaultMark(double mark) {
        return new Stem(name, text, textFormat, generalFeedback, category, mark);
    }
}
