package vn.tuoitreso.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.shared.PublicAddress;
import vn.tuoitreso.ui.Translations;

/**
 * What every public page carries: its meta data for search engines and shared links, the site's style sheet
 * (inline: a few KB, so a first visit needs no second round trip), the link to the other language.
 */
@Component
class SiteView {

    /** The hand-written style sheet of the public pages, read once. */
    static final String CSS = read("site/site.css");

    private final Translations translations;
    private final PublicAddress address;
    private final CurrentUser currentUser;

    SiteView(Translations translations, PublicAddress address, CurrentUser currentUser) {
        this.translations = translations;
        this.address = address;
        this.currentUser = currentUser;
    }

    String text(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** The absolute address of a path of the site, as people reach it. */
    String absolute(String path) {
        return address.base() + path;
    }

    /**
     * Fills in what the layout needs; {@code path} is the page's own path, {@code picture} the path of its shared
     * picture under {@link SitePaths#PICTURES}.
     */
    void page(Model model, Locale locale, String path, String title, String description, String picture, String type,
            boolean indexed) {
        String brand = text("brand.name", locale);
        String fullTitle = title.equals(brand) ? brand : title + " · " + brand;
        model.addAttribute("meta", new PageMeta(fullTitle, description, absolute(path),
                absolute(SitePaths.PICTURES + picture), type, indexed));
        model.addAttribute("path", path);
        model.addAttribute("css", CSS);
        model.addAttribute("otherLanguage", "en".equals(locale.getLanguage()) ? "vi" : "en");
        model.addAttribute("signedIn", currentUser.isAuthenticated());
    }

    private static String read(String resource) {
        try (InputStream in = SiteView.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
