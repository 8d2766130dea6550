/**
 * Reports for organisers and admins: dashboards of enrolments, completions, quiz pass rates, certificates, contest
 * ideas and judging progress per unit (with its sub-units), course and month; the unit emulation table (bảng thi
 * đua); their exports. Reads the other modules only through their aggregate queries, counted in the database.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = {"shared", "shared :: export", "identity",
        "learning", "quiz", "certificate", "contest", "review"})
@NullMarked
package vn.tuoitreso.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
