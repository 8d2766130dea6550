/**
 * Keeping the index in step with the database: documents built from the ideas as last sent, the listener of the
 * contest's and documents' events, rebuilds, resubmission of publications that failed.
 */
@NullMarked
package vn.tuoitreso.search.index;

import org.jspecify.annotations.NullMarked;
