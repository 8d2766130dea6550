/** The platform-wide figures for the metrics endpoint that belong to no single module. */
@NullMarked
package vn.tuoitreso.shared.metrics;

import org.jspecify.annotations.NullMarked;
