package vn.tuoitreso.shared;

import com.vaadin.flow.component.icon.SvgIcon;
import java.util.Locale;

/**
 * The interface's icons: Vaadin's own drawings, taken from one small sprite ({@code icons/vaadin-icons.svg},
 * about 5 KB compressed) instead of Vaadin's whole icon set, which would add about 56 KB to every first visit.
 * A new icon is added to the sprite as a {@code <symbol>} with the name Vaadin gives it.
 */
public enum Icons {
    ARROW_DOWN, ARROW_UP, BAN, CHECK_CIRCLE, CLOSE_SMALL, DOWNLOAD, EDIT, EYE, EYE_SLASH, FILE_ADD, FILE_TEXT_O, PICTURE,
    PLAY_CIRCLE, PLUS, PRINT, REFRESH, SEARCH, TRASH;

    /** Where the symbols are, relative to the application's root. */
    public static final String SPRITE = "icons/vaadin-icons.svg";

    public SvgIcon create() {
        return named(symbol());
    }

    /** The symbol's name in the sprite: Vaadin's name for the icon ({@code file-text-o}). */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The icon Vaadin names {@code vaadin:<name>} (as in {@code @Menu(icon = ...)}), or {@code <name>}. */
    public static SvgIcon named(String name) {
        return new SvgIcon(SPRITE, name.startsWith("vaadin:") ? name.substring("vaadin:".length()) : name);
    }
}
