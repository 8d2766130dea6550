@NullMarked
package vn.tuoitreso.reporting.ui;

import org.jspecify.annotations.NullMarked;
