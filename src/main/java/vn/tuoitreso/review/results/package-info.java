/** Published results, frozen at publication, and each team member's consent to be named on them. */
@NullMarked
package vn.tuoitreso.review.results;

import org.jspecify.annotations.NullMarked;
