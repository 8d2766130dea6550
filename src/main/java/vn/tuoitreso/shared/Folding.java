package vn.tuoitreso.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text without diacritics and case: "Chuyển Đổi Số" becomes "chuyen doi so". */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} contains {@code query}, ignoring case and diacritics. */
    public static boolean contains(String text, String query) {
        return fold(text).contains(fold(query.strip()));
    }
}
