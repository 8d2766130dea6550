package vn.tuoitreso.learning;

/**
 * A learner met a requirement of a course (passed its quiz, say). Downstream modules publish events
 * of this type; learning then checks the completion rule again.
 */
public interface RequirementMet {

    long courseId();

    long accountId();
}
