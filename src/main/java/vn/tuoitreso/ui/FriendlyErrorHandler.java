package vn.tuoitreso.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * What a person sees when something fails during an action: a short message in their language,
 * never a stack trace. The details go to the log.
 */
class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    private final Translations translations;

    FriendlyErrorHandler(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootCause(event.getThrowable());
        String key;
        Object[] args = {};
        if (cause instanceof AccessDeniedException) {
            key = "error.accessDenied";
            log.warn("Access denied: {}", cause.getMessage());
        } else if (cause instanceof InvalidInputException invalid) {
            key = invalid.problems().get(0).messageKey();
            args = invalid.problems().get(0).argsArray();
        } else {
            key = "error.unexpected";
            log.error("Unexpected error in the UI", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Locale locale = ui.getLocale();
            String text = translations.getTranslation(key, locale, args);
            ui.access(() -> Notification.show(text, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable t = throwable;
        while (!(t instanceof AccessDeniedException) && !(t instanceof InvalidInputException) && t.getCause() != null
                && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
