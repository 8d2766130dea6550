/** The search module's views: the organisers' submission search with similar ideas, and the index status page. */
@NullMarked
package vn.tuoitreso.search.ui;

import org.jspecify.annotations.NullMarked;
