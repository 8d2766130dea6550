@NullMarked
package vn.tuoitreso.ui.error;

import org.jspecify.annotations.NullMarked;
