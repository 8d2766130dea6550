package vn.tuoitreso.identity.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a person logs in with: an e-mail address (kept in lower case) or a Vietnamese mobile number
 * (kept as ten digits starting with 0, whether typed as 09…, +849… or 849…).
 */
public record Contact(@Nullable String email, @Nullable String phone) {

    /** The longest e-mail address (RFC 5321), and so the longest contact a form takes. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern EMAIL = Pattern.compile("^[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}$");
    private static final Pattern MOBILE = Pattern.compile("^0(3|5|7|8|9)[0-9]{8}$");

    public static Optional<Contact> parse(@Nullable String input) {
        if (input == null) {
            return Optional.empty();
        }
        String value = input.strip();
        if (value.contains("@")) {
            String email = value.toLowerCase(Locale.ROOT);
            return email.length() <= MAX_LENGTH && EMAIL.matcher(email).matches()
                    ? Optional.of(new Contact(email, null)) : Optional.empty();
        }
        String digits = value.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(new Contact(null, digits)) : Optional.empty();
    }

    /** The normalised form used as the log-in name. */
    public String value() {
        return email != null ? email : phone != null ? phone : "";
    }
}
