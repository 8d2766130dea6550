package vn.tuoitreso.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The application's own analysis, the same for both engines: text is indexed as written (lower-cased) and folded
 * (marks removed, đ → d). Folding maps each character to one character, so offsets in the folded text are offsets
 * in the original.
 */
public final class VietnameseText {

    /** Every folded character of the Latin blocks Vietnamese uses, computed once: folding runs on every indexed text. */
    private static final char[] FOLDED = new char[0x2000];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = computeFold(c);
        }
    }

    private VietnameseText() {
    }

    /** Lower-cased, in composed form (NFC), so that "Đường" typed on any keyboard is the same text. */
    public static String lower(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Lower-cased, without marks, đ as d; the same length as {@link #lower}. */
    public static String fold(String text) {
        String lower = lower(text);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            folded.append(fold(lower.charAt(i)));
        }
        return folded.toString();
    }

    private static char fold(char c) {
        return c < FOLDED.length ? FOLDED[c] : computeFold(c);
    }

    private static char computeFold(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.charAt(0);
        return first < 0x80 && Character.isLetter(first) ? first : c;
    }
}
