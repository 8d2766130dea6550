package vn.tuoitreso.quiz.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The rules every text and fraction in the model follows. */
final class Checks {

    private Checks() {
    }

    static String text(String text, String what) {
        Objects.requireNonNull(text, what);
        String clean = lineBreaks(text).strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return clean;
    }

    static @Nullable String optionalText(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String clean = lineBreaks(text).strip();
        return clean.isEmpty() ? null : clean;
    }

    static double fraction(double fraction) {
        if (!(fraction >= -1.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("A fraction lies between -1 and 1, not " + fraction);
        }
        return fraction + 0.0; // no negative zero, which equals() would tell from zero
    }

    /** {@code value}, checked; adding 0.0 to it turns a negative zero into zero. */
    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, not " + value);
        }
        return value;
    }

    static <T> List<T> atLeast(int size, List<T> items, String what) {
        List<T> copy = List.copyOf(items);
        if (copy.size() < size) {
            throw new IllegalArgumentException("At least " + size + " " + what + " are needed, not " + copy.size());
        }
        return copy;
    }

    private static String lineBreaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
