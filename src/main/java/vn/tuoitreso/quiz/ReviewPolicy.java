package vn.tuoitreso.quiz;

/** When learners may see the right answers of an attempt. */
public enum ReviewPolicy {
    IMMEDIATELY, AFTER_LAST_ATTEMPT, NEVER;

    public String messageKey() {
        return "quiz.review." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
