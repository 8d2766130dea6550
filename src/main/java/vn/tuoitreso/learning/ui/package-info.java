@NullMarked
package vn.tuoitreso.learning.ui;

import org.jspecify.annotations.NullMarked;
