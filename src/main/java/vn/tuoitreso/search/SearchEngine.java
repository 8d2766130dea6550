package vn.tuoitreso.search;

import java.util.Collection;
import java.util.List;

/**
 * The port both engines implement, with the same behaviour (one contract test suite): text is folded by
 * {@link VietnameseText} in the application, so the engines see the same terms. Every method is idempotent.
 */
public interface SearchEngine {

    /** A short name for status pages and health: {@code lucene} or {@code elasticsearch}. */
    String name();

    /** Adds or replaces the document of this idea. */
    void upsert(IndexedIdea idea);

    /** Adds or replaces many documents at once (a rebuild); engines may do it in one batch. */
    default void upsertAll(Collection<IndexedIdea> ideas) {
        ideas.forEach(this::upsert);
    }

    /** Removes the document of this submission, if there is one. */
    void delete(long submissionId);

    /** Removes every document, before a rebuild. */
    void deleteAll();

    SearchResult search(SearchQuery query);

    /** The ideas most like this one (more-like-this), itself and withdrawn ones excluded, within the query's scope. */
    List<SearchHit> similar(long submissionId, SearchQuery scope, int limit);

    /** Whether the engine answers, and what it holds. */
    EngineStatus status();
}
