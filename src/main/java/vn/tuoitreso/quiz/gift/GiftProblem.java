package vn.tuoitreso.quiz.gift;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong or left out in a GIFT file, as a message key for the caller to translate with its
 * arguments; the keys are listed in this package's documentation.
 *
 * @param line 1-based line of the file the problem is on
 */
public record GiftProblem(int line, String messageKey, List<Object> args) {

    public static final String UNCLOSED_BRACE = "quiz.gift.unclosedBrace";
    public static final String UNOPENED_BRACE = "quiz.gift.unopenedBrace";
    public static final String SECOND_ANSWER_BLOCK = "quiz.gift.secondAnswerBlock";
    public static final String UNCLOSED_NAME = "quiz.gift.unclosedName";
    public static final String CATEGORY_NOT_ALONE = "quiz.gift.categoryNotAlone";
    public static final String EMPTY_TEXT = "quiz.gift.emptyText";
    public static final String EMPTY_ANSWER = "quiz.gift.emptyAnswer";
    public static final String ANSWER_WITHOUT_MARKER = "quiz.gift.answerWithoutMarker";
    public static final String BAD_WEIGHT = "quiz.gift.badWeight";
    public static final String WEIGHT_AFTER_EQUALS = "quiz.gift.weightAfterEquals";
    public static final String TOO_FEW_CHOICES = "quiz.gift.tooFewChoices";
    public static final String NO_RIGHT_ANSWER = "quiz.gift.noRightAnswer";
    public static final String WEIGHTS_DO_NOT_ADD_UP = "quiz.gift.weightsDoNotAddUp";
    public static final String TOO_FEW_PAIRS = "quiz.gift.tooFewPairs";
    public static final String MISSING_ARROW = "quiz.gift.missingArrow";
    public static final String NOT_A_NUMBER = "quiz.gift.notANumber";
    public static final String BAD_RANGE = "quiz.gift.badRange";
    public static final String BAD_MARK = "quiz.gift.badMark";

    public static final String UNSUPPORTED_ESSAY = "quiz.gift.unsupported.essay";
    public static final String UNSUPPORTED_DESCRIPTION = "quiz.gift.unsupported.description";
    public static final String UNSUPPORTED_NOT_EXPORTED = "quiz.gift.unsupported.notExported";

    public GiftProblem {
        if (line < 1) {
            throw new IllegalArgumentException("Lines count from 1, not " + line);
        }
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public GiftProblem(int line, String messageKey, Object... args) {
        this(line, messageKey, List.of(args));
    }
}
