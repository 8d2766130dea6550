package vn.tuoitreso.quiz;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A question of the bank as organisers list it, with the {@code version} it was read at: changing it from an
 * older version than the stored one is refused ({@link vn.tuoitreso.learning.StaleEdit}).
 */
public record BankQuestion(long id, String category, String name, QuestionKind kind, String text, long version) {

    /** The category as a person reads it: "An toàn số › Lừa đảo", not "$course$/top/An toàn số/Lừa đảo". */
    public String categoryLabel() {
        return label(category);
    }

    public static String label(String category) {
        return Arrays.stream(category.split("/"))
                .map(String::strip)
                .filter(part -> !part.isEmpty() && !part.startsWith("$") && !part.equals("top"))
                .collect(Collectors.joining(" › "));
    }
}
