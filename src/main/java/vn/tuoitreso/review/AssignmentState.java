package vn.tuoitreso.review;

/** Where a judge's work on an idea stands: not started, a draft of scores, submitted, or returned (conflict). */
public enum AssignmentState {
    ASSIGNED, DRAFT, SUBMITTED, CONFLICT;

    public String messageKey() {
        return "review.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
