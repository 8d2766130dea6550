package vn.tuoitreso.review;

import java.util.List;
import java.util.Map;

/**
 * What a contestant learns after the results are published: the rubric, each judge's scores (judges are not
 * named) and the feedback they wrote for the contestant.
 */
public record IdeaFeedback(long submissionId, List<RubricCriterion> rubric, List<Judged> judges, int rank) {

    public IdeaFeedback {
        rubric = List.copyOf(rubric);
        judges = List.copyOf(judges);
    }

    /** One judge's scores by criterion ID, weighted total and feedback. */
    public record Judged(Map<Long, Double> scores, double total, String feedback) {

        public Judged {
            scores = Map.copyOf(scores);
        }
    }
}
