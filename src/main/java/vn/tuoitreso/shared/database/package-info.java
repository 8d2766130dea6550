@NullMarked
package vn.tuoitreso.shared.database;

import org.jspecify.annotations.NullMarked;
