@NullMarked
package vn.tuoitreso.learning.course;

import org.jspecify.annotations.NullMarked;
