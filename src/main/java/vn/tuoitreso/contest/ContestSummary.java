package vn.tuoitreso.contest;

import java.util.List;
import java.util.Set;

/**
 * A contest with its categories and rounds, and the units whose members may take part (none: every unit).
 * Its settings, categories and rounds carry the versions they were read at, which their changes send back.
 */
public record ContestSummary(long id, ContestDraft settings, boolean published, List<Named> categories,
        List<RoundSummary> rounds, Set<Long> eligibleUnits) {

    public ContestSummary {
        categories = List.copyOf(categories);
        rounds = List.copyOf(rounds);
        eligibleUnits = Set.copyOf(eligibleUnits);
    }

    /** A category: its ID, name, and the version they were read at. */
    public record Named(long id, String name, long version) {
    }

    /** A round: its ID, plan (with its version), and whether it takes submissions now. */
    /** A round as it stands now, by the server's clock: {@code notYetOpen} before its window, {@code openNow} in it. */
    public record RoundSummary(long id, RoundDraft plan, boolean openNow, boolean notYetOpen) {
    }
}
