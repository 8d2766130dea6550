/**
 * The shell: main layout with role-filtered navigation, role home pages, error pages, the
 * translations and the session-wide error handling. Features link to each other by route path.
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = {"shared", "identity"})
@NullMarked
package vn.tuoitreso.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
