/** The review panel's screens: the organisers' panel, assignment and ranking; the judges' queue and score sheet. */
@NullMarked
package vn.tuoitreso.review.ui;

import org.jspecify.annotations.NullMarked;
