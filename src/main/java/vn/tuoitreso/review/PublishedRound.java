package vn.tuoitreso.review;

import java.time.Instant;
import java.util.List;

/**
 * A round's published results, as anyone may read them: the contest and round as named at publication, and the
 * winners per category. Nothing personal beyond the names winners agreed to show.
 */
public record PublishedRound(long contestId, String contestTitle, long roundId, String roundName,
        Instant publishedAt, List<PublishedWinner> winners) {

    public PublishedRound {
        winners = List.copyOf(winners);
    }
}
