package vn.tuoitreso.identity.recovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Reset secrets: made from a strong random source, kept only as their SHA-256. */
public final class Secrets {

    /** Letters and digits that are not mistaken for each other when read aloud or copied by hand. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 32 random bytes, URL-safe: the secret of an e-mailed link. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Eight characters (40 bits) as {@code ABCD-EFGH}: short enough to copy from a slip of paper. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    public static String tokenHash(String token) {
        return sha256("link:" + token.strip());
    }

    public static String verificationHash(String token) {
        return sha256("verify:" + token.strip());
    }

    /** A code is short, so its hash is tied to the account: the same code for two people stores differently. */
    public static String codeHash(long accountId, String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return sha256("code:" + accountId + ":" + normalised);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
