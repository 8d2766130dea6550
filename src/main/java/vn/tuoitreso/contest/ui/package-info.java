/** The contest's screens: contestants' contests, idea form and receipt; organisers' set-up and submission lists. */
@NullMarked
package vn.tuoitreso.contest.ui;

import org.jspecify.annotations.NullMarked;
