@NullMarked
package vn.tuoitreso.shared.time;

import org.jspecify.annotations.NullMarked;
