package vn.tuoitreso.reporting;

/**
 * The learning figures of one unit (with its sub-units), course or month in a period: enrolments, completed
 * courses, quiz attempts submitted and passed, certificates issued, contest ideas sent.
 */
public record Figures(long enrolments, long completions, long attempts, long passed, long certificates,
        long ideas) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);

    public Figures plus(Figures other) {
        return new Figures(enrolments + other.enrolments, completions + other.completions,
                attempts + other.attempts, passed + other.passed, certificates + other.certificates,
                ideas + other.ideas);
    }

    /** Passed attempts per hundred attempts, or 0 without any. */
    public double passRate() {
        return attempts == 0 ? 0 : 100.0 * passed / attempts;
    }

    /** Nothing happened: no enrolment, completion, attempt, certificate or idea. */
    public boolean idle() {
        return enrolments == 0 && completions == 0 && attempts == 0 && certificates == 0 && ideas == 0;
    }
}
