package vn.tuoitreso.review;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The organisers published a round's results: its winners, each with the accounts on its team. */
public record ResultsPublished(long panelId, long contestId, long roundId, List<Winner> winners) {

    public ResultsPublished {
        winners = List.copyOf(winners);
    }

    /**
     * An idea that won a prize in its category.
     *
     * @param prize     the prize's name (Giải Nhất, …)
     * @param accountIds the accounts on its team (owner first), who receive an award certificate
     */
    public record Winner(long submissionId, String code, String title, @Nullable Long categoryId, String categoryName,
            int rank, String prize, List<Long> accountIds) {

        public Winner {
            accountIds = List.copyOf(accountIds);
        }
    }
}
