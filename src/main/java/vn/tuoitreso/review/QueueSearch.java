package vn.tuoitreso.review;

import vn.tuoitreso.shared.Folding;

/**
 * How a judge's queue is filtered by what they type. Today a plain match on code and title, ignoring case and
 * diacritics. TODO(search): when the search module is merged, an implementation backed by its {@code Search} API
 * ({@code SearchQuery.onlySubmissions} with {@code blind}) replaces {@link Plain} and adds the similar-ideas panel.
 */
public interface QueueSearch {

    boolean matches(QueueItem item, String text);

    /** Code or title contains every word typed, ignoring case and diacritics. */
    final class Plain implements QueueSearch {

        @Override
        public boolean matches(QueueItem item, String text) {
            String haystack = Folding.fold(item.code() + " " + item.title());
            for (String word : Folding.fold(text).split("\\s+")) {
                if (!word.isEmpty() && !haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }
}
