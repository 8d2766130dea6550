package vn.tuoitreso.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.Languages;

/** Sets each new UI to the person's language and installs the error handler of every session. */
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
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(languages.current()));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrorHandler(translations)));
    }
}
