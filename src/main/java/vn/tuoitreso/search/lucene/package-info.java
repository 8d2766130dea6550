/** The embedded engine: Apache Lucene in-process, the only package that imports Lucene. */
@NullMarked
package vn.tuoitreso.search.lucene;

import org.jspecify.annotations.NullMarked;
