package vn.tuoitreso.site;

import vn.tuoitreso.contest.ContestSummary;

/** Where a published contest stands by the server's clock, from its rounds. */
enum ContestStatus {
    OPEN, UPCOMING, FINISHED;

    static ContestStatus of(ContestSummary contest) {
        if (contest.rounds().stream().anyMatch(ContestSummary.RoundSummary::openNow)) {
            return OPEN;
        }
        if (contest.rounds().isEmpty() || contest.rounds().stream().anyMatch(ContestSummary.RoundSummary::notYetOpen)) {
            return UPCOMING;
        }
        return FINISHED;
    }

    String messageKey() {
        return "site.contest.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
