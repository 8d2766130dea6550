package vn.tuoitreso.learning;

import org.jspecify.annotations.Nullable;

/**
 * One activity of a course besides its lessons, as the signed-in learner sees it on the course
 * page: its title, the route path that opens it, whether it counts towards completion, and the
 * learner's passing percentage once passed.
 */
public record CourseActivity(String title, String path, boolean required, @Nullable Integer passedPercent) {
}
