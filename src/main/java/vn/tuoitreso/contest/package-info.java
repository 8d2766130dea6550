/**
 * The creative idea contest: contests, rounds and categories, submissions with teams and documents.
 * So far it holds the storage of attachment bytes; the rest comes with its issue.
 */
@ApplicationModule(displayName = "Contest", allowedDependencies = "shared")
@NullMarked
package vn.tuoitreso.contest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
