package vn.tuoitreso.contest;

import java.util.List;

/** A contest with its categories and rounds. */
public record ContestSummary(long id, ContestDraft settings, boolean published, List<Named> categories,
        List<RoundSummary> rounds) {

    public ContestSummary {
        categories = List.copyOf(categories);
        rounds = List.copyOf(rounds);
    }

    /** A category: its ID and name. */
    public record Named(long id, String name) {
    }

    /** A round: its ID, plan, and whether it takes submissions now. */
    public record RoundSummary(long id, RoundDraft plan, boolean openNow) {
    }
}
