/** The round's results from the judges' scores: totals, normalised scores, spread, ranking and agreement. */
@NullMarked
package vn.tuoitreso.review.aggregation;

import org.jspecify.annotations.NullMarked;
