@NullMarked
package vn.tuoitreso.ui.home;

import org.jspecify.annotations.NullMarked;
