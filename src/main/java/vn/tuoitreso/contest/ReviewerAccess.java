package vn.tuoitreso.contest;

/**
 * Tells whether a judge is assigned to a submission, so that they may read it and its attachments. The review
 * module provides it; without one, no judge is assigned to anything.
 */
public interface ReviewerAccess {

    boolean isAssigned(long judgeAccountId, long submissionId);

    /**
     * Whether the submission is under blind review: then its judges get its files under neutral names and its
     * receipt without the team, so that nothing they can reach names the people behind it.
     */
    default boolean isBlind(long submissionId) {
        return false;
    }
}
