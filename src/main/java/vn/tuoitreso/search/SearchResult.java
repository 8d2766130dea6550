package vn.tuoitreso.search;

import java.util.List;
import java.util.Map;

/** One page of hits, the total, and the facet counts over every hit (not only this page). */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public enum Facet {
        CONTEST, ROUND, CATEGORY, UNIT, STATUS
    }

    /** A facet value: an ID (or a status name) with its label and how many hits carry it. */
    public record FacetCount(String key, String label, long count) {
    }
}
