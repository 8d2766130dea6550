/**
 * The creative idea contest: contests, rounds and categories, submissions with teams and documents.
 * Contestants draft, submit, revise and withdraw ideas within a round's window, by the server's clock.
 */
@ApplicationModule(displayName = "Contest", allowedDependencies = {"shared", "shared :: export", "identity", "documents"})
@NullMarked
package vn.tuoitreso.contest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
