package vn.tuoitreso.review;

import java.util.List;

/**
 * A round's ranking, category by category, and how far the judges agree (ICC(1): the share of the variance of
 * totals that lies between ideas rather than between the judges of one idea; NaN while it cannot be computed).
 */
public record Ranking(List<RankingRow> rows, double agreement, List<JudgeProgress> judges) {

    public Ranking {
        rows = List.copyOf(rows);
        judges = List.copyOf(judges);
    }

    /** A judge's progress: ideas assigned, scores submitted. */
    public record JudgeProgress(long judgeId, String name, int assigned, int submitted) {
    }
}
