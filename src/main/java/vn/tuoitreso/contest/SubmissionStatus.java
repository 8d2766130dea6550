package vn.tuoitreso.contest;

/** Where a submission stands: a draft only its team sees, submitted for judging, or withdrawn. */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, WITHDRAWN;

    public String messageKey() {
        return "contest.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
