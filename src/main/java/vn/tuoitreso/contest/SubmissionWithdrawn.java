package vn.tuoitreso.contest;

/** A contestant withdrew a submission. */
public record SubmissionWithdrawn(long submissionId, long contestId) {
}
