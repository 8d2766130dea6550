/**
 * Loads {@code seed-content/} (organisation units, courses with their quizzes; later a demo contest)
 * idempotently at start-up, through the public APIs of the modules that own the data.
 */
@ApplicationModule(displayName = "Seed content", allowedDependencies = {"shared", "identity", "learning", "quiz", "contest", "review"})
@NullMarked
package vn.tuoitreso.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
