/**
 * Digital-skills courses: the catalogue, lessons written in Markdown, enrolment and progress,
 * organisers' authoring, and courses packed into one file for offline reading.
 */
@ApplicationModule(displayName = "Learning", allowedDependencies = {"shared", "identity", "documents"})
@NullMarked
package vn.tuoitreso.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
