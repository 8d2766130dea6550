package vn.tuoitreso.site;

import java.util.List;
import java.util.Locale;
import vn.tuoitreso.review.PublishedRound;
import vn.tuoitreso.review.PublishedWinner;
import vn.tuoitreso.shared.DisplayFormats;

/** A published round as the results pages show it: the date in the province's format, winners in order. */
record ResultRound(long contestId, String contestTitle, String roundName, String published, List<Winner> winners) {

    static ResultRound of(PublishedRound round, Locale locale) {
        return new ResultRound(round.contestId(), round.contestTitle(), round.roundName(),
                DisplayFormats.date(round.publishedAt(), locale), round.winners().stream().map(Winner::of).toList());
    }

    /** A winning idea: its place and prize in its category, and the names of those who agreed to be shown. */
    record Winner(int rank, String prize, String category, String title, String code, String names) {

        static Winner of(PublishedWinner w) {
            return new Winner(w.rank(), w.prize(), w.categoryName(), w.title(), w.code(),
                    String.join(", ", w.shownNames()));
        }
    }
}
