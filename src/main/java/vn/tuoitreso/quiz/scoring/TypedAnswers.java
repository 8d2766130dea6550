package vn.tuoitreso.quiz.scoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares typed text with a short answer as Moodle does, {@code *} standing for any run of characters and
 * {@code \*} for an asterisk, after making both sides comparable: Unicode composed the same way
 * (Vietnamese keyboards type either form), surrounding whitespace removed, inner whitespace collapsed, and
 * case or diacritics folded when the question says so.
 */
final class TypedAnswers {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern STARS = Pattern.compile("(?<!\\\\)\\*+");

    private TypedAnswers() {
    }

    static boolean matches(String answer, String typed, boolean caseSensitive, boolean ignoreDiacritics) {
        String pattern = comparable(answer, caseSensitive, ignoreDiacritics);
        String text = comparable(typed, caseSensitive, ignoreDiacritics);
        if (!STARS.matcher(pattern).find()) {
            return pattern.replace("\\*", "*").equals(text);
        }
        StringBuilder regex = new StringBuilder();
        String[] bits = STARS.split(pattern, -1);
        for (int i = 0; i < bits.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(bits[i].replace("\\*", "*")));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    static String comparable(String text, boolean caseSensitive, boolean ignoreDiacritics) {
        String clean = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        if (ignoreDiacritics) {
            String decomposed = Normalizer.normalize(clean.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
            clean = MARKS.matcher(decomposed).replaceAll("");
        }
        return caseSensitive ? clean : clean.toLowerCase(Locale.ROOT);
    }
}
