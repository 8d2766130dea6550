package vn.tuoitreso.quiz.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.quiz.model.AcceptedAnswer;
import vn.tuoitreso.quiz.model.Choice;
import vn.tuoitreso.quiz.model.Matching;
import vn.tuoitreso.quiz.model.MultipleChoice;
import vn.tuoitreso.quiz.model.NumericAnswer;
import vn.tuoitreso.quiz.model.Numerical;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.quiz.model.ShortAnswer;
import vn.tuoitreso.quiz.model.SingleChoice;
import vn.tuoitreso.quiz.model.TrueFalse;

/**
 * Scores one response to one question. The fraction earned never leaves 0..1, whatever negative or
 * excessive weights add up to; a fraction within a millionth of 1 counts as full credit, as in Moodle,
 * so three choices of 33.33333% earn full marks.
 */
public final class Scorer {

    private static final double FULL = 1 - 1e-6;

    private Scorer() {
    }

    /**
     * The score of {@code response}; no response scores 0. General feedback, when the question has
     * some, is always the last feedback.
     *
     * @throws IllegalArgumentException when the response is of another question type's kind, or picks a
     *                                  choice, prompt or answer the question does not have
     */
    public static QuestionResult score(Question question, @Nullable Response response) {
        List<String> feedback = new ArrayList<>();
        double fraction = response == null ? 0 : fraction(question, response, feedback);
        if (question.generalFeedback() != null) {
            feedback.add(question.generalFeedback());
        }
        double earned = fraction >= FULL ? 1.0 : Math.max(0.0, fraction);
        return new QuestionResult(earned, earned * question.defaultMark(), feedback, earned == 1.0);
    }

    private static double fraction(Question question, Response response, List<String> feedback) {
        if (question instanceof SingleChoice single) {
            return single(single, as(Response.OneChoice.class, response, question), feedback);
        }
        if (question instanceof MultipleChoice multiple) {
            return multiple(multiple, as(Response.SeveralChoices.class, response, question), feedback);
        }
        if (question instanceof TrueFalse trueFalse) {
            return trueFalse(trueFalse, as(Response.TrueOrFalse.class, response, question), feedback);
        }
        if (question instanceof ShortAnswer shortAnswer) {
            return shortAnswer(shortAnswer, as(Response.Text.class, response, question), feedback);
        }
        if (question instanceof Numerical numerical) {
            return numerical(numerical, as(Response.Number.class, response, question), feedback);
        }
        return matching((Matching) question, as(Response.Matches.class, response, question));
    }

    private static double single(SingleChoice question, Response.OneChoice response, List<String> feedback) {
        Choice choice = question.choices().get(index(response.index(), question.choices().size(), "choice"));
        add(feedback, choice.feedback());
        return choice.fraction();
    }

    private static double multiple(MultipleChoice question, Response.SeveralChoices response, List<String> feedback) {
        double sum = 0;
        for (int index : new TreeSet<>(response.indices())) {
            Choice choice = question.choices().get(index(index, question.choices().size(), "choice"));
            add(feedback, choice.feedback());
            sum += choice.fraction();
        }
        return sum;
    }

    private static double trueFalse(TrueFalse question, Response.TrueOrFalse response, List<String> feedback) {
        add(feedback, response.value() ? question.feedbackOnTrue() : question.feedbackOnFalse());
        return response.value() == question.correct() ? 1 : 0;
    }

    private static double shortAnswer(ShortAnswer question, Response.Text response, List<String> feedback) {
        AcceptedAnswer best = null;
        for (AcceptedAnswer answer : question.answers()) {
            if ((best == null || answer.fraction() > best.fraction()) && TypedAnswers.matches(answer.text(),
                    response.text(), question.caseSensitive(), question.ignoreDiacritics())) {
                best = answer;
            }
        }
        if (best == null) {
            return 0;
        }
        add(feedback, best.feedback());
        return best.fraction();
    }

    private static double numerical(Numerical question, Response.Number response, List<String> feedback) {
        OptionalDouble typed = response.value();
        NumericAnswer best = null;
        for (NumericAnswer answer : question.answers()) {
            if ((best == null || answer.fraction() > best.fraction()) && typed.isPresent()
                    && answer.rule().accepts(typed.getAsDouble())) {
                best = answer;
            }
        }
        if (best == null) {
            add(feedback, question.otherAnswerFeedback());
            return 0;
        }
        add(feedback, best.feedback());
        return best.fraction();
    }

    private static double matching(Matching question, Response.Matches response) {
        List<String> answers = question.answers();
        int right = 0;
        for (Map.Entry<Integer, Integer> match : response.answerByPrompt().entrySet()) {
            Matching.Pair pair = question.pairs().get(index(match.getKey(), question.pairs().size(), "prompt"));
            if (answers.get(index(match.getValue(), answers.size(), "answer")).equals(pair.answer())) {
                right++;
            }
        }
        return (double) right / question.pairs().size();
    }

    private static <R extends Response> R as(Class<R> kind, Response response, Question question) {
        if (!kind.isInstance(response)) {
            throw new IllegalArgumentException("A " + question.getClass().getSimpleName() + " question takes a "
                    + kind.getSimpleName() + " response, not " + response);
        }
        return kind.cast(response);
    }

    private static int index(int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("No " + what + " " + index + " among " + size);
        }
        return index;
    }

    private static void add(List<String> feedback, @Nullable String text) {
        if (text != null) {
            feedback.add(text);
        }
    }
}
