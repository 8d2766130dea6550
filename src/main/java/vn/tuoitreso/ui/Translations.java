package vn.tuoitreso.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.Languages;

/**
 * The interface texts, from every bundle in {@code i18n/}: {@code messages_vi.properties} and
 * {@code messages_en.properties}, and one pair per module that has its own ({@code i18n/search_vi.properties}, …).
 * A key lives in exactly one bundle.
 */
@Component
public class Translations implements I18NProvider {

    public static final String FOLDER = "i18n/";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<String> BUNDLES = bundleNames();

    private final Map<Locale, List<ResourceBundle>> bundles = new ConcurrentHashMap<>();
    /** Per language, each key's text as it is (no placeholder, no quote) or its parsed {@link MessageFormat}. */
    private final Map<Locale, Map<String, Object>> messages = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = "en".equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.VIETNAMESE;
        Map<String, Object> known = messages.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        Object message = known.get(key);
        if (message == null) {
            message = parse(key, language);
            if (message == null) {
                log.warn("No {} translation for '{}'", language, key);
                return "!" + key;
            }
            known.put(key, message);
        }
        if (message instanceof MessageFormat format) {
            // parsed once (a pattern's parsing cost more than the rest of a short request); not thread-safe
            synchronized (format) {
                return format.format(params);
            }
        }
        return (String) message;
    }

    private @Nullable Object parse(String key, Locale language) {
        for (ResourceBundle bundle : bundles.computeIfAbsent(language, Translations::load)) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0 ? pattern
                        : new MessageFormat(pattern, language);
            }
        }
        return null;
    }

    /** The base names of the bundles, e.g. {@code i18n/messages}, {@code i18n/search}. */
    public static List<String> bundles() {
        return BUNDLES;
    }

    private static List<ResourceBundle> load(Locale language) {
        return BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, language, NO_FALLBACK)).toList();
    }

    private static List<String> bundleNames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(Translations.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "*_vi.properties");
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> FOLDER + name.substring(0, name.length() - "_vi.properties".length()))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
