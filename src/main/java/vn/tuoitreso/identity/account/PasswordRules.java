package vn.tuoitreso.identity.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The rules a new password must meet; returns the i18n key of the first rule broken. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("12345678", "123456789", "1234567890", "87654321",
            "11111111", "00000000", "88888888", "password", "password1", "password123", "matkhau", "matkhau1",
            "matkhau123", "abc12345", "abcd1234", "qwerty123", "qwertyuiop", "iloveyou", "admin123", "123456abc",
            "a1234567", "aa123456", "12345678a", "1234abcd", "vietnam1", "vietnam123", "tuoitreso1");

    private PasswordRules() {
    }

    public static Optional<String> problem(String password, String... personalWords) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("validation.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("validation.password.tooLong");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("validation.password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("validation.password.common");
        }
        for (String word : personalWords) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.length() >= 4 && lower.contains(w)) {
                return Optional.of("validation.password.personal");
            }
        }
        return Optional.empty();
    }
}
