package vn.tuoitreso.contest;

/**
 * Tells whether a judge is assigned to a submission, so that they may read it and its attachments. The review
 * module provides it; without one, no judge is assigned to anything.
 */
public interface ReviewerAccess {

    boolean isAssigned(long judgeAccountId, long submissionId);
}
