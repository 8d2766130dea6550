package vn.tuoitreso.learning;

/** How much a course expects the learner to know already. */
public enum CourseLevel {
    BASIC, INTERMEDIATE, ADVANCED;

    public String messageKey() {
        return "learning.level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
