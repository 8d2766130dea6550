package vn.tuoitreso.review;

import java.util.Map;

/** A judge's work on an idea, as organisers see it: state, scores by criterion ID, weighted total, texts. */
public record JudgeWork(long assignmentId, IdeaRef idea, long judgeId, String judgeName, AssignmentState state,
        Map<Long, Double> scores, double total, String comment, String feedback) {

    public JudgeWork {
        scores = Map.copyOf(scores);
    }
}
