package vn.tuoitreso.search;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search as a person asks it. {@code onlySubmissions}, when not null, limits the results to these ideas (a
 * judge's assignments). {@code blind} hides authors, units and team members everywhere: results, snippets, facets,
 * similar ideas, and what a query may match.
 */
public record SearchQuery(String text, Set<Long> contestIds, Set<Long> roundIds, Set<Long> categoryIds,
        Set<Long> unitIds, Set<String> statuses, @Nullable Set<Long> onlySubmissions, boolean blind, Sort sort,
        int page, int pageSize) {

    public SearchQuery {
        contestIds = Set.copyOf(contestIds);
        roundIds = Set.copyOf(roundIds);
        categoryIds = Set.copyOf(categoryIds);
        unitIds = Set.copyOf(unitIds);
        statuses = Set.copyOf(statuses);
        onlySubmissions = onlySubmissions == null ? null : Set.copyOf(onlySubmissions);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, false, Sort.RELEVANCE,
                0, 20);
    }

    public enum Sort {
        RELEVANCE, NEWEST, OLDEST
    }
}
