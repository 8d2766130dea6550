@NullMarked
package vn.tuoitreso.identity.ui;

import org.jspecify.annotations.NullMarked;
