/**
 * The submission index. One port ({@link SearchEngine}) with two adapters chosen by configuration: Lucene 10
 * in-process (the default, {@code search.lucene}) and Elasticsearch 9 ({@code search.elasticsearch}, when
 * {@code spring.elasticsearch.uris} is set). Lucene and the Elasticsearch client are imported only in their adapter
 * packages. The database is the source of truth: index documents are built from the latest sent revision and its
 * extracted texts, never from an event's payload, and the index can be rebuilt at any time.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"shared", "identity", "contest", "documents"})
@NullMarked
package vn.tuoitreso.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
