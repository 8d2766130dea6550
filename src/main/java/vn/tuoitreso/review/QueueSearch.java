package vn.tuoitreso.review;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tuoitreso.search.Search;
import vn.tuoitreso.search.SearchHit;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.search.SearchResult;
import vn.tuoitreso.shared.Folding;

/**
 * Filters a judge's queue through the search module: words typed with or without diacritics, over every field and
 * the attachments' text, and the facets it offers. {@link Search} itself keeps a judge to their assigned ideas and
 * searches blind, so nothing found names an author. A code or title that contains the words typed is kept too, so
 * an idea the index has not caught up with yet is not lost from the queue.
 */
@Component
class QueueSearch {

    /** The most ideas one search reads back; a judge's queue is far shorter. */
    static final int MAX_HITS = 500;

    private final Search search;

    QueueSearch(Search search) {
        this.search = search;
    }

    /** What was found among {@code items}: their submission IDs and the facet counts over them. */
    record Found(Set<Long> submissionIds, Map<SearchResult.Facet, List<SearchResult.FacetCount>> facets) {
    }

    /**
     * The facet counts are those of the words alone, so that choosing a category does not hide the others; the
     * ideas found are narrowed by the facet values chosen too.
     */
    Found find(List<QueueItem> items, QueueFilter filter) {
        Set<Long> mine = items.stream().map(QueueItem::submissionId).collect(Collectors.toSet());
        // Search keeps a judge to their assignments and blind by itself; said here too for a judge who organises
        SearchQuery words = SearchQuery.of(filter.text()).withOnly(mine).asBlind()
                .withPageSize(Math.clamp(items.size(), 1, MAX_HITS));
        SearchResult byWords = search.search(words);
        boolean narrowed = !filter.categoryIds().isEmpty() || !filter.roundIds().isEmpty();
        SearchResult result = narrowed
                ? search.search(words.withCategories(filter.categoryIds()).withRounds(filter.roundIds()))
                : byWords;
        Set<Long> found = new HashSet<>();
        result.hits().stream().map(SearchHit::submissionId).forEach(found::add);
        if (!narrowed) {
            items.stream().filter(i -> plainMatch(i, filter.text())).map(QueueItem::submissionId).forEach(found::add);
        }
        found.retainAll(mine);
        return new Found(found, byWords.facets());
    }

    /** Code or title contains every word typed, ignoring case and diacritics. */
    static boolean plainMatch(QueueItem item, String text) {
        String haystack = Folding.fold(item.code() + " " + item.title());
        for (String word : Folding.fold(text).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
