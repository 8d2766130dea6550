/** How browsers cache the static files the shell serves. */
@NullMarked
package vn.tuoitreso.ui.web;

import org.jspecify.annotations.NullMarked;
