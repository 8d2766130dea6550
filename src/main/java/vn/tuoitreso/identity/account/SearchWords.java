package vn.tuoitreso.identity.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.Folding;

/**
 * The words of an account that its search finds by prefix, each in an indexed row of
 * {@code identity_account_search}: the name's words folded ("Đặng Thị Lụa" gives dang, thi, lua), the e-mail
 * address and its part before '@', and the phone number. A search for "lua" then reads the index from "lua"
 * on, where {@code lower(full_name) like '%lua%'} read every account.
 */
public final class SearchWords {

    /** Words longer than this are cut: the column is indexed. */
    static final int MAX_LENGTH = 254;
    /** A search uses the first few words typed (each narrows the result). */
    public static final int MAX_QUERY_WORDS = 3;

    private SearchWords() {
    }

    public static Set<String> of(String fullName, @Nullable String email, @Nullable String phone) {
        Set<String> words = new LinkedHashSet<>(split(fullName));
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            words.add(cut(address));
            int at = address.indexOf('@');
            if (at > 0) {
                words.add(cut(address.substring(0, at)));
            }
        }
        if (phone != null && !phone.isBlank()) {
            words.add(cut(phone.strip()));
        }
        return words;
    }

    /**
     * What a search typed becomes: prefix patterns for {@code LIKE}, folded, with the wildcards of the text
     * removed. An e-mail address or a phone number (typed with spaces or not) is one word.
     */
    public static List<String> patterns(String text) {
        String stripped = text.strip();
        List<String> words = new ArrayList<>();
        if (stripped.contains("@")) {
            words.add(stripped.toLowerCase(Locale.ROOT));
        } else if (stripped.matches("[+0-9 .()-]+")) {
            String digits = stripped.replaceAll("[^0-9]", "");
            words.add(digits.startsWith("84") && digits.length() == 11 ? "0" + digits.substring(2) : digits);
        } else {
            words.addAll(split(stripped));
        }
        return words.stream().map(w -> w.replace("\\", "").replace("%", "").replace("_", "")).filter(w -> !w.isEmpty())
                .limit(MAX_QUERY_WORDS).map(w -> w + "%").toList();
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String word : Folding.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(cut(word));
            }
        }
        return words;
    }

    private static String cut(String word) {
        return word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
    }
}
