package vn.tuoitreso.contest;

/** A submission was sent for judging (first time, or a new revision before the deadline). */
public record SubmissionSubmitted(long submissionId, long contestId, int revision) {
}
