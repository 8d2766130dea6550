package vn.tuoitreso.shared;

import java.util.List;

/**
 * Thrown by a service when the caller's input breaks a rule. Each problem names the field and an
 * i18n message key, so the view can show it next to the field in the user's language. Services
 * throw it before saving anything.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new Problem(field, messageKey, List.of(args))));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** One broken rule: the field it concerns (or {@code ""} for the whole form), a message key and its arguments. */
    public record Problem(String field, String messageKey, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        public static Problem of(String field, String messageKey, Object... args) {
            return new Problem(field, messageKey, List.of(args));
        }

        public Object[] argsArray() {
            return args.toArray();
        }
    }
}
