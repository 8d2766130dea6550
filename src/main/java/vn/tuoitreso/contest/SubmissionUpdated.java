package vn.tuoitreso.contest;

/**
 * A submitted idea was sent again before its deadline: a new revision, with its text and files. Files attached
 * or removed in between are not news until they are sent.
 */
public record SubmissionUpdated(long submissionId, long contestId, int revision) {
}
