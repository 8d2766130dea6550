/** Who judges what: the assignments, the conflicts, and the exact method that balances them. */
@NullMarked
package vn.tuoitreso.review.assignment;

import org.jspecify.annotations.NullMarked;
