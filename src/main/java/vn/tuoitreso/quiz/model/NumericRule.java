package vn.tuoitreso.quiz.model;

/** Which numbers a numerical answer accepts: GIFT's {@code 12}, {@code 3.14:0.01} or {@code 1..5}. */
public sealed interface NumericRule {

    /** Whether {@code number} is accepted, allowing for floating-point rounding at the bounds. */
    boolean accepts(double number);

    /** Exactly {@code value}. */
    record Exact(double value) implements NumericRule {

        public Exact {
            value = Checks.finite(value, "value") + 0.0;
        }

        @Override
        public boolean accepts(double number) {
            return within(number, value, value);
        }
    }

    /** {@code value} give or take {@code tolerance}, bounds included; a zero tolerance is an {@link Exact}. */
    record Tolerance(double value, double tolerance) implements NumericRule {

        public Tolerance {
            value = Checks.finite(value, "value") + 0.0;
            if (!(Checks.finite(tolerance, "tolerance") > 0)) {
                throw new IllegalArgumentException("A tolerance is above zero, not " + tolerance);
            }
        }

        @Override
        public boolean accepts(double number) {
            return within(number, value - tolerance, value + tolerance);
        }
    }

    /** From {@code min} to {@code max}, both included. */
    record Range(double min, double max) implements NumericRule {

        public Range {
            min = Checks.finite(min, "min") + 0.0;
            max = Checks.finite(max, "max") + 0.0;
            if (min > max) {
                throw new IllegalArgumentException("A range runs from low to high, not " + min + ".." + max);
            }
        }

        @Override
        public boolean accepts(double number) {
            return within(number, min, max);
        }
    }

    private static boolean within(double number, double min, double max) {
        double slack = 1e-9 * Math.max(1.0, Math.max(Math.abs(min), Math.abs(max)));
        return number >= min - slack && number <= max + slack;
    }
}
