@NullMarked
package vn.tuoitreso.content.ui;

import org.jspecify.annotations.NullMarked;
