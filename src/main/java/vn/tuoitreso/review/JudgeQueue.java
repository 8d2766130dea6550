package vn.tuoitreso.review;

import java.util.List;
import java.util.Map;
import vn.tuoitreso.search.SearchResult;

/**
 * A judge's queue as filtered: the ideas (not yet scored first) and the facet counts the search module gives over
 * the judge's assigned ideas — contest, round, category and status; never a unit or a name.
 */
public record JudgeQueue(List<QueueItem> items, Map<SearchResult.Facet, List<SearchResult.FacetCount>> facets) {

    public JudgeQueue {
        items = List.copyOf(items);
        facets = Map.copyOf(facets);
    }
}
