package vn.tuoitreso.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import vn.tuoitreso.identity.Languages;

/**
 * The language of the public pages: {@code ?lang=en} or {@code ?lang=vi} chooses it and a cookie keeps the choice;
 * without one, the browser's Accept-Language if it asks for English before Vietnamese; else Vietnamese.
 */
class SiteLanguage extends CookieLocaleResolver {

    static final String PARAMETER = "lang";
    static final String COOKIE = "tts-lang";

    SiteLanguage() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(SiteLanguage::fromBrowser);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.VIETNAMESE;
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Languages.VIETNAMESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (language.equals("vi")) {
                    return Languages.VIETNAMESE;
                }
                if (language.equals("en")) {
                    return Languages.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header: Vietnamese
        }
        return Languages.VIETNAMESE;
    }
}
