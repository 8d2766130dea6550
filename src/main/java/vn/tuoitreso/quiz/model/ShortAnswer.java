package vn.tuoitreso.quiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A question answered by typing a few words. Typed answers are compared without surrounding whitespace
 * and with inner whitespace collapsed.
 *
 * @param caseSensitive    whether "OTP" and "otp" differ
 * @param ignoreDiacritics whether "thuong mai" matches "thương mại"
 */
public record ShortAnswer(Stem stem, List<AcceptedAnswer> answers, boolean caseSensitive,
        boolean ignoreDiacritics) implements Question {

    public ShortAnswer {
        Objects.requireNonNull(stem, "stem");
        answers = Checks.atLeast(1, answers, "answers");
        if (answers.stream().noneMatch(a -> a.fraction() > 0)) {
            throw new IllegalArgumentException("A short-answer question needs an answer earning credit");
        }
    }

    /** Case-insensitive and diacritics-sensitive, as by default. */
    public ShortAnswer(Stem stem, List<AcceptedAnswer> answers) {
        this(stem, answers, false, false);
    }

    @Override
    public ShortAnswer withStem(Stem stem) {
        return new ShortAnswer(stem, answers, caseSensitive, ignoreDiacritics);
    }
}
