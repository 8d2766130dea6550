package vn.tuoitreso.contest;

/** A submitted idea changed before its deadline: a new revision, or an attachment added or removed. */
public record SubmissionUpdated(long submissionId, long contestId, int revision) {
}
