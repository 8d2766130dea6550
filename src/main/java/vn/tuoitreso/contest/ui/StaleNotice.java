package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.tuoitreso.contest.StaleEditException;

/**
 * Tells the person that someone else changed what they were editing, so nothing of theirs was saved, and
 * offers to reload the latest version. It stays until they choose: what they typed stays on screen meanwhile.
 */
class StaleNotice extends Notification {

    final Span message = new Span(getTranslation(StaleEditException.MESSAGE_KEY));
    final Button reload = new Button(getTranslation("contest.stale.reload"));
    final Button later = new Button(getTranslation("contest.stale.later"));

    StaleNotice(Runnable reloading) {
        reload.setId("stale-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> {
            close();
            reloading.run();
        });
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        later.addClickListener(e -> close());
        Div content = new Div(message, new Div(reload, later));
        content.addClassName("stale-notice");
        content.getElement().setAttribute("role", "alert");
        add(content);
        setDuration(0);
        setPosition(Position.MIDDLE);
        addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
