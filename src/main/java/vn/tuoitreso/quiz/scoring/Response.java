package vn.tuoitreso.quiz.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/** What a learner answered to one question; each question type takes its own kind of response. */
public sealed interface Response {

    /** The index of the one choice picked in a single-choice question. */
    record OneChoice(int index) implements Response {
    }

    /** The indices of the choices ticked in a multiple-choice question; none ticked is allowed. */
    record SeveralChoices(Set<Integer> indices) implements Response {

        public SeveralChoices {
            indices = Set.copyOf(indices);
        }
    }

    /** Whether the learner judged the statement true. */
    record TrueOrFalse(boolean value) implements Response {
    }

    /** The text typed for a short-answer question. */
    record Text(String text) implements Response {

        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The number typed for a numerical question, as typed. A comma or a dot marks decimals ("3,5" and
     * "3.5"); when both appear, or one appears several times, the others group thousands ("1.500,5",
     * "1,500.5", "1.000.000"); spaces may group thousands too.
     */
    record Number(String typed) implements Response {

        private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
        private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:G\\d{3})+(?:D\\d+)?");
        private static final Pattern PLAIN = Pattern.compile("(?:\\d+(?:D\\d*)?|D\\d+)(?:[eE][+-]?\\d+)?");

        public Number {
            Objects.requireNonNull(typed, "typed");
        }

        /** A response of exactly {@code value}. */
        public static Number of(double value) {
            return new Number(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        }

        /** The number typed, or empty when what was typed is not a number. */
        public OptionalDouble value() {
            String text = SPACES.matcher(typed).replaceAll("").replace('\u2212', '-');
            boolean negative = text.startsWith("-");
            if (negative || text.startsWith("+")) {
                text = text.substring(1);
            }
            long dots = text.chars().filter(c -> c == '.').count();
            long commas = text.chars().filter(c -> c == ',').count();
            // D marks the decimal separator, G the thousands separators.
            String marked;
            if (dots > 0 && commas > 0) {
                char decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
                marked = text.replace(decimal, 'D').replace(decimal == '.' ? ',' : '.', 'G');
            } else if (dots > 1 || commas > 1) {
                marked = text.replace(dots > 1 ? '.' : ',', 'G');
            } else {
                marked = text.replace('.', 'D').replace(',', 'D');
            }
            if (!(marked.indexOf('G') >= 0 ? GROUPED : PLAIN).matcher(marked).matches()) {
                return OptionalDouble.empty();
            }
            String number = marked.replace("G", "").replace('D', '.');
            double value = new BigDecimal(number.startsWith(".") ? "0" + number : number).doubleValue();
            if (!Double.isFinite(value)) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(negative ? -value : value);
        }
    }

    /**
     * The matches made in a matching question: for each prompt index, the index of the chosen answer in
     * {@link vn.tuoitreso.quiz.model.Matching#answers()}. Prompts left out are unmatched.
     */
    record Matches(Map<Integer, Integer> answerByPrompt) implements Response {

        public Matches {
            answerByPrompt = Map.copyOf(answerByPrompt);
        }
    }
}
