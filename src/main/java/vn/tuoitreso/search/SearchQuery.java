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

    public SearchQuery withText(String text) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    public SearchQuery withContests(Set<Long> contestIds) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    public SearchQuery withRounds(Set<Long> roundIds) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    public SearchQuery withCategories(Set<Long> categoryIds) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    public SearchQuery withUnits(Set<Long> unitIds) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    public SearchQuery withStatuses(Set<String> statuses) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    /** Only these ideas (a judge's assignments); an empty set finds nothing. */
    public SearchQuery withOnly(@Nullable Set<Long> onlySubmissions) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    /** The same search as a blind reader makes it. */
    public SearchQuery asBlind() {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, true,
                sort, page, pageSize);
    }

    public SearchQuery withSort(Sort sort) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    public SearchQuery withPage(int page) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    public SearchQuery withPageSize(int pageSize) {
        return new SearchQuery(text, contestIds, roundIds, categoryIds, unitIds, statuses, onlySubmissions, blind,
                sort, page, pageSize);
    }

    public enum Sort {
        RELEVANCE, NEWEST, OLDEST
    }
}
