package vn.tuoitreso.review;

import java.util.List;

/**
 * A winning idea on the public results.
 *
 * @param rank       its place in its category (1 = first)
 * @param shownNames the names of the team members who agreed to be named (none by default), owner first
 */
public record PublishedWinner(String code, String title, String categoryName, int rank, String prize,
        List<String> shownNames) {

    public PublishedWinner {
        shownNames = List.copyOf(shownNames);
    }
}
