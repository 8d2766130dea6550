@NullMarked
package vn.tuoitreso.contest.submission;

import org.jspecify.annotations.NullMarked;
