package vn.tuoitreso.scale;

import java.util.Locale;

/**
 * How much the scale data generator writes. {@link #PROVINCE} is a province of about a hundred thousand union
 * members; {@link #of(String)} also takes {@code small} (one five-hundredth, for tests) or a factor of it
 * ({@code 0.1}).
 *
 * @param learners     learner accounts, spread over the seeded units
 * @param completions  lessons marked done
 * @param attempts     quiz attempts (submitted, scored), each with its question slots
 * @param ideas        submitted contest ideas, most with an attachment whose text is extracted
 * @param certificates course certificates (their enrolments complete: every lesson done, the quiz passed)
 */
public record ScaleSize(int learners, int completions, int attempts, int ideas, int certificates) {

    public static final ScaleSize PROVINCE = new ScaleSize(100_000, 2_000_000, 300_000, 10_000, 50_000);
    public static final ScaleSize SMALL = PROVINCE.times(1 / 500.0);

    public ScaleSize {
        if (learners < 1 || completions < 0 || attempts < 0 || ideas < 0 || certificates < 0) {
            throw new IllegalArgumentException("Counts must not be negative, and there is at least one learner");
        }
        if (certificates > learners) {
            throw new IllegalArgumentException("At most one certificate per learner and course is generated: "
                    + certificates + " certificates for " + learners + " learners is too many");
        }
    }

    public static ScaleSize of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "full", "province" -> PROVINCE;
            case "small" -> SMALL;
            default -> PROVINCE.times(Double.parseDouble(name));
        };
    }

    public ScaleSize times(double factor) {
        return new ScaleSize(Math.max(1, (int) Math.round(learners * factor)), (int) Math.round(completions * factor),
                (int) Math.round(attempts * factor), (int) Math.round(ideas * factor),
                (int) Math.round(certificates * factor));
    }
}
