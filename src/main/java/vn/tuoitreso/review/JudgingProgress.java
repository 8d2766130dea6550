package vn.tuoitreso.review;

/**
 * Where the judging of one round stands: its assignments of ideas to judges, how many are scored (submitted),
 * still open (assigned or in draft) or returned for a conflict of interest, and whether results are published.
 */
public record JudgingProgress(long panelId, String contestTitle, String roundName, long assignments, long scored,
        long open, long conflicts, boolean published) {

    /** The share of assignments scored, 0 to 100, counting those returned for a conflict as settled. */
    public double percentDone() {
        return assignments == 0 ? 0 : 100.0 * (scored + conflicts) / assignments;
    }
}
