package vn.tuoitreso.review;

import java.util.Map;

/** What a judge enters: a score per criterion ID, a comment for organisers, feedback for the contestant. */
public record ScoreDraft(Map<Long, Double> scores, String comment, String feedback) {

    public ScoreDraft {
        scores = Map.copyOf(scores);
    }
}
