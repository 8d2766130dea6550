package vn.tuoitreso.review;

import java.util.Set;

/**
 * What a judge narrows their queue by: words (diacritics optional) and the facet values chosen.
 *
 * @param categoryIds categories chosen among the facets (none: all)
 * @param roundIds    rounds chosen among the facets (none: all)
 */
public record QueueFilter(String text, Set<Long> categoryIds, Set<Long> roundIds) {

    public QueueFilter {
        categoryIds = Set.copyOf(categoryIds);
        roundIds = Set.copyOf(roundIds);
    }

    public static QueueFilter of(String text) {
        return new QueueFilter(text, Set.of(), Set.of());
    }

    public boolean empty() {
        return text.isBlank() && categoryIds.isEmpty() && roundIds.isEmpty();
    }
}
