package vn.tuoitreso.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.Languages;

/**
 * Sets each new UI to the person's language, from the page's {@code lang} to the connection and
 * session messages Vaadin shows by itself, and installs the error handler of every session.
 */
@Component
class ShellInitializer implements VaadinServiceInitListener {

    private final Languages languages;
    private final Translations translations;

    ShellInitializer(Languages languages, Translations translations) {
        this.languages = languages;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> speak(init.getUI(), languages.current()));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrorHandler(translations)));
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    private void speak(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0;"
                + " const c = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (c) { c.onlineText = $1; c.offlineText = $2; c.reconnectingText = $3; }",
                locale.getLanguage(), text("connection.online", locale), text("connection.offline", locale),
                text("connection.reconnecting", locale));
    }

    private CustomizedSystemMessages systemMessages(Locale requested) {
        Locale locale = Languages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(Languages.SUPPORTED.get(0));
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(text("connection.sessionExpired.title", locale));
        messages.setSessionExpiredMessage(text("connection.sessionExpired", locale));
        messages.setInternalErrorCaption(text("error.unexpected.title", locale));
        messages.setInternalErrorMessage(text("error.unexpected", locale));
        messages.setCookiesDisabledCaption(text("connection.cookies.title", locale));
        messages.setCookiesDisabledMessage(text("connection.cookies", locale));
        return messages;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
