@NullMarked
package vn.tuoitreso.learning.progress;

import org.jspecify.annotations.NullMarked;
