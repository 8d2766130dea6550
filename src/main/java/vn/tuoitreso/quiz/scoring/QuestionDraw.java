package vn.tuoitreso.quiz.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import vn.tuoitreso.quiz.model.Question;

/** Draws questions at random from a bank, as for a quiz that gives each learner different questions. */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    /**
     * {@code n} questions from different places in the bank, in random order; every subset is equally
     * likely.
     *
     * @throws IllegalArgumentException when {@code n} is negative or larger than the bank
     */
    public static <Q extends Question> List<Q> draw(List<Q> bank, int n, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot draw a negative number of questions: " + n);
        }
        if (n > bank.size()) {
            throw new IllegalArgumentException(
                    "Cannot draw " + n + " questions from a bank of " + bank.size() + " questions");
        }
        List<Q> questions = new ArrayList<>(bank);
        for (int i = 0; i < n; i++) {
            Collections.swap(questions, i, random.nextInt(i, questions.size()));
        }
        return List.copyOf(questions.subList(0, n));
    }
}
