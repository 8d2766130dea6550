@NullMarked
package vn.tuoitreso.contest.storage;

import org.jspecify.annotations.NullMarked;
