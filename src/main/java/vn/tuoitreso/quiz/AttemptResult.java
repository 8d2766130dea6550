package vn.tuoitreso.quiz;

import java.util.List;

/** A submitted attempt: its score, the quiz grade over all attempts, the verdict, and per question what may be shown. */
public record AttemptResult(long attemptId, int number, double score, double grade, boolean passed, int passPercent,
        boolean reviewShown, List<QuestionOutcome> questions) {

    public AttemptResult {
        questions = List.copyOf(questions);
    }

    public int scorePercent() {
        return (int) Math.round(score * 100);
    }
}
