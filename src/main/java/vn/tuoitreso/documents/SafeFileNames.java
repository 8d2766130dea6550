package vn.tuoitreso.documents;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a file name submitted by a browser into a safe name to display and store: no path, no control,
 * format (bidi overrides, zero-width) or separator characters, no characters Windows forbids, no leading
 * dots, no reserved Windows device name, NFC-normalised, at most {@value #MAX_LENGTH} characters with the
 * extension kept, never empty.
 */
public final class SafeFileNames {

    public static final int MAX_LENGTH = 100;
    static final String FALLBACK = "document";

    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final Pattern EXTENSION = Pattern.compile("\\.[\\p{L}\\p{N}]{1,10}$");

    private SafeFileNames() {
    }

    public static String clean(String submittedName) {
        String name = Normalizer.normalize(submittedName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if ("<>:\"|?*".indexOf(c) >= 0) {
                kept.append('_');
            } else if (!removed(c)) {
                kept.appendCodePoint(c);
            }
        });
        name = kept.toString().replaceAll(" {2,}", " ");
        name = name.replaceAll("^[ .]+", "").replaceAll("[ .]+$", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        String base = name.indexOf('.') < 0 ? name : name.substring(0, name.indexOf('.'));
        if (RESERVED.contains(base.trim().toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return shortened(name);
    }

    /**
     * A clean name that ends in the extension of the type found in the content, so that a download opens in the
     * right program: {@code "bao-cao.txt"} holding a PDF becomes {@code "bao-cao.txt.pdf"}.
     */
    public static String clean(String submittedName, DocumentType type) {
        String name = clean(submittedName);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean matches = lower.endsWith("." + type.extension())
                || (type == DocumentType.JPEG && lower.endsWith(".jpeg"));
        return matches ? name : shortened(name + "." + type.extension());
    }

    private static boolean removed(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        var matcher = EXTENSION.matcher(name);
        String extension = matcher.find() ? matcher.group() : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        String cut = base.substring(0, base.offsetByCodePoints(0, keep)).stripTrailing();
        return cut + extension;
    }
}
