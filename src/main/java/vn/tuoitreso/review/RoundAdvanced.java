package vn.tuoitreso.review;

import java.util.List;

/** The organisers advanced the top ideas of each category of a round to the next round. */
public record RoundAdvanced(long panelId, long contestId, long roundId, List<Long> submissionIds) {

    public RoundAdvanced {
        submissionIds = List.copyOf(submissionIds);
    }
}
