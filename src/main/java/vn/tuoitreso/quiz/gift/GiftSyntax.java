package vn.tuoitreso.quiz.gift;

/**
 * GIFT's backslash escapes, read the way Moodle reads them: a backslash before a backslash, colon, hash,
 * equals sign, brace or tilde stands for that character and before {@code n} for a line break; a backslash
 * before anything else is kept.
 */
final class GiftSyntax {

    private static final String ESCAPABLE = "\\:#={}~n";
    private static final String SPECIAL = ":#={}~";

    private GiftSyntax() {
    }

    /** Index of the first {@code token} in {@code s[from, to)} outside an escape, or -1. */
    static int indexOf(String s, String token, int from, int to) {
        int i = from;
        while (i < to) {
            if (isEscape(s, i, to)) {
                i += 2;
            } else if (i + token.length() <= to && s.startsWith(token, i)) {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Index of the last {@code token} in {@code s[from, to)} outside an escape, or -1. */
    static int lastIndexOf(String s, String token, int from, int to) {
        int last = -1;
        int found = indexOf(s, token, from, to);
        while (found >= 0) {
            last = found;
            found = indexOf(s, token, found + 1, to);
        }
        return last;
    }

    /** Index of the first {@code {} or {@code }} outside an escape, or -1. */
    static int indexOfBrace(String s, int from, int to) {
        int open = indexOf(s, "{", from, to);
        int close = indexOf(s, "}", from, to);
        return open < 0 ? close : close < 0 ? open : Math.min(open, close);
    }

    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (isEscape(raw, i, raw.length())) {
                char escaped = raw.charAt(i + 1);
                out.append(escaped == 'n' ? '\n' : escaped);
                i += 2;
            } else {
                out.append(raw.charAt(i++));
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                continue;
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isEscape(String s, int i, int to) {
        return s.charAt(i) == '\\' && i + 1 < to && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0;
    }
}
