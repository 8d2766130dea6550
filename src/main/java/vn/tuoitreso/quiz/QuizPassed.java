package vn.tuoitreso.quiz;

import vn.tuoitreso.learning.RequirementMet;

/** A learner's grade in a quiz reached its pass mark. */
public record QuizPassed(long quizId, long courseId, long accountId) implements RequirementMet {
}
