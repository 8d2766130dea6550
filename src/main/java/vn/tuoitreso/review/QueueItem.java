package vn.tuoitreso.review;

/** An idea in a judge's queue; no author, unit or team, whatever the panel's mode. */
public record QueueItem(long assignmentId, long submissionId, String code, String title, String contestTitle,
        String roundName, AssignmentState state) {
}
