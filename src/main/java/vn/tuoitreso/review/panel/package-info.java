/** Panels and their rubrics. */
@NullMarked
package vn.tuoitreso.review.panel;

import org.jspecify.annotations.NullMarked;
