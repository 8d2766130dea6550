package vn.tuoitreso.quiz.model;

import java.util.Optional;

/**
 * How a question's text is written, as GIFT marks it: {@code [moodle]}, {@code [html]}, {@code [plain]} or
 * {@code [markdown]}.
 */
public enum TextFormat {
    MOODLE("moodle"),
    HTML("html"),
    PLAIN("plain"),
    MARKDOWN("markdown");

    private final String giftName;

    TextFormat(String giftName) {
        this.giftName = giftName;
    }

    /** The name between the brackets in GIFT, such as {@code html}. */
    public String giftName() {
        return giftName;
    }

    /** The format GIFT names so; names are lower case, as Moodle reads them. */
    public static Optional<TextFormat> ofGiftName(String name) {
        for (TextFormat format : values()) {
            if (format.giftName.equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
