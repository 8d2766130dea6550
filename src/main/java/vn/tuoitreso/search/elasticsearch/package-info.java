/** The Elasticsearch adapter of the search port: the only package that imports the Elasticsearch client. */
@NullMarked
package vn.tuoitreso.search.elasticsearch;

import org.jspecify.annotations.NullMarked;
