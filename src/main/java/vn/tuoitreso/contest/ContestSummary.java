package vn.tuoitreso.contest;

import java.util.List;
import java.util.Set;

/** A contest with its categories and rounds, and the units whose members may take part (none: every unit). */
public record ContestSummary(long id, ContestDraft settings, boolean published, List<Named> categories,
        List<RoundSummary> rounds, Set<Long> eligibleUnits) {

    public ContestSummary {
        categories = List.copyOf(categories);
        rounds = List.copyOf(rounds);
        eligibleUnits = Set.copyOf(eligibleUnits);
    }

    /** A category: its ID and name. */
    public record Named(long id, String name) {
    }

    /** A round: its ID, plan, and whether it takes submissions now. */
    public record RoundSummary(long id, RoundDraft plan, boolean openNow) {
    }
}
