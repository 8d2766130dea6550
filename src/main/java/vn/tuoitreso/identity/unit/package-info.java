@NullMarked
package vn.tuoitreso.identity.unit;

import org.jspecify.annotations.NullMarked;
