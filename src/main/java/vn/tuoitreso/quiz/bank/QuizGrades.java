package vn.tuoitreso.quiz.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;
import vn.tuoitreso.quiz.scoring.Grading;

/** A learner's grade in a quiz over their closed attempts, and whether it passes. */
@Component
public class QuizGrades {

    private final QuizRepository quizzes;
    private final AttemptRepository attempts;

    QuizGrades(QuizRepository quizzes, AttemptRepository attempts) {
        this.quizzes = quizzes;
        this.attempts = attempts;
    }

    public Optional<Double> grade(Quiz quiz, long accountId) {
        List<Double> scores = attempts.findByQuizIdAndAccountIdOrderByNumberAsc(quiz.id(), accountId).stream()
                .filter(a -> !a.open()).map(Attempt::score).filter(Objects::nonNull).toList();
        OptionalDouble grade = Grading.grade(scores, quiz.settings().grading());
        return grade.isPresent() ? Optional.of(grade.getAsDouble()) : Optional.empty();
    }

    public boolean passed(Quiz quiz, long accountId) {
        return grade(quiz, accountId).map(g -> Grading.passes(g, quiz.settings().passPercent() / 100.0)).orElse(false);
    }

    /** Whether every quiz of the course that must be passed is passed. */
    public boolean requiredPassed(long courseId, long accountId) {
        return quizzes.findByCourseIdOrderByIdAsc(courseId).stream()
                .filter(q -> q.settings().required()).allMatch(q -> passed(q, accountId));
    }
}
