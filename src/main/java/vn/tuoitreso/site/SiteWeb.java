package vn.tuoitreso.site;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.tuoitreso.ui.Translations;

/**
 * The public pages' language (parameter, cookie, browser) and their texts: the platform's own bundles through
 * {@link Translations}, so that a key means the same on a public page as in the application.
 */
@Configuration(proxyBeanMethods = false)
class SiteWeb implements WebMvcConfigurer {

    SiteWeb(SpringTemplateEngine templates, Translations translations) {
        templates.setTemplateEngineMessageSource(new TranslationMessages(translations));
    }

    @Bean
    LocaleResolver localeResolver() {
        return new SiteLanguage();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(SiteLanguage.PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** Spring's message source over the platform's translations, for the templates' {@code #{key(args)}}. */
    record TranslationMessages(Translations translations) implements MessageSource {

        @Override
        public String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
                Locale locale) {
            return translations.getTranslation(code, locale, args == null ? new Object[0] : args);
        }

        @Override
        public String getMessage(String code, Object @Nullable [] args, Locale locale) throws NoSuchMessageException {
            return translations.getTranslation(code, locale, args == null ? new Object[0] : args);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
            String[] codes = resolvable.getCodes();
            if (codes == null || codes.length == 0) {
                throw new NoSuchMessageException("", locale);
            }
            Object[] args = resolvable.getArguments();
            return translations.getTranslation(codes[0], locale, args == null ? new Object[0] : args);
        }
    }
}
