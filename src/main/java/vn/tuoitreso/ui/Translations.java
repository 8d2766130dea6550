package vn.tuoitreso.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.Languages;

/** The interface texts, from {@code i18n/messages_vi.properties} and {@code i18n/messages_en.properties}. */
@Component
public class Translations implements I18NProvider {

    public static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = "en".equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.VIETNAMESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK).getString(key);
            return new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException e) {
            log.warn("No {} translation for '{}'", language, key);
            return "!" + key;
        }
    }
}
