@NullMarked
package vn.tuoitreso.contest.web;

import org.jspecify.annotations.NullMarked;
