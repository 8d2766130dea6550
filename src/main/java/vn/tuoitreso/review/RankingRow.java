package vn.tuoitreso.review;

/**
 * An idea's place in its category for organisers.
 *
 * @param rank         within its category; 0 when nobody has submitted scores for it yet
 * @param assigned     judges assigned (conflicts excluded)
 * @param scored       judges who submitted their scores
 * @param weightedMean mean of the judges' weighted totals
 * @param normalised   mean of the judges' z-scores
 * @param spread       highest minus lowest total
 */
public record RankingRow(IdeaRef idea, int rank, int assigned, int scored, double weightedMean, double normalised,
        double spread, boolean disagreement) {
}
