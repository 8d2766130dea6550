/**
 * The review panel: judges and rubric per round, balanced assignment with conflicts, blind rubric scoring with an
 * audit trail, calibrated rankings, round advancement and published results.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = {"shared", "shared :: export", "identity", "contest", "documents",
        "search"})
@NullMarked
package vn.tuoitreso.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
