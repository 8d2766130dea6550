package vn.tuoitreso.learning;

import java.util.List;

/**
 * What a course asks of a learner beyond its lessons (its quizzes, say), provided by a module
 * downstream of learning without learning knowing it. A course is completed when every lesson is
 * done and every provider says its requirements are met.
 */
public interface CourseRequirements {

    /** Whether this learner has met every requirement of the course that this provider knows. */
    boolean metBy(long courseId, long accountId);

    /** The activities shown on the course page to the signed-in learner, in order. */
    List<CourseActivity> activities(long courseId);
}
