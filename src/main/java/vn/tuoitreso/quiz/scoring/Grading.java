package vn.tuoitreso.quiz.scoring;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/** A learner's grade for a quiz from the scores of their attempts. */
public final class Grading {

    private static final double SLACK = 1e-9;

    private Grading() {
    }

    /**
     * The grade from the attempts' scores, oldest attempt first; empty when there is no attempt yet.
     *
     * @throws IllegalArgumentException when a score is negative or not a number
     */
    public static OptionalDouble grade(List<Double> attemptScores, GradingMethod method) {
        for (double score : attemptScores) {
            if (!(score >= 0) || Double.isInfinite(score)) {
                throw new IllegalArgumentException("An attempt scores zero or more, not " + score);
            }
        }
        if (attemptScores.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (method) {
            case HIGHEST -> attemptScores.stream().mapToDouble(Double::doubleValue).max();
            case AVERAGE -> attemptScores.stream().mapToDouble(Double::doubleValue).average();
            case FIRST -> OptionalDouble.of(attemptScores.get(0));
            case LAST -> OptionalDouble.of(attemptScores.get(attemptScores.size() - 1));
        };
    }

    /** Whether {@code grade} reaches {@code passMark}; a grade short of it only by rounding passes. */
    public static boolean passes(double grade, double passMark) {
        return grade >= passMark - SLACK * Math.max(1.0, Math.abs(passMark));
    }

    /** An attempt's score: the marks its questions earned. */
    public static double total(Collection<QuestionResult> results) {
        return results.stream().mapToDouble(QuestionResult::mark).sum();
    }
}
