/**
 * The shared kernel: what every module may use — input problems reported by key, the clock and
 * time zone of the province, and the embedded database of the default run.
 */
@ApplicationModule(displayName = "Shared kernel")
@NullMarked
package vn.tuoitreso.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
