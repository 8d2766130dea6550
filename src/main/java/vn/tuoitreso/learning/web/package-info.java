@NullMarked
package vn.tuoitreso.learning.web;

import org.jspecify.annotations.NullMarked;
