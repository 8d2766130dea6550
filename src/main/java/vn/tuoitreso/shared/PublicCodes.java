package vn.tuoitreso.shared;

import java.security.SecureRandom;

/**
 * Random codes people read, type and scan (certificates, submission receipts): letters and digits
 * that cannot be mistaken for each other (no 0/O, 1/I/L, U/V).
 */
public final class PublicCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicCodes() {
    }

    /** {@code prefix} followed by groups of random characters joined by '-', e.g. TTS-AB3CD-EF4GH. */
    public static String random(String prefix, int... groups) {
        StringBuilder code = new StringBuilder(prefix);
        for (int group : groups) {
            code.append('-');
            for (int i = 0; i < group; i++) {
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }
}
