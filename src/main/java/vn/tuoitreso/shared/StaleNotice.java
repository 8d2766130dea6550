package vn.tuoitreso.shared;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Tells the person that someone else changed what they were editing, so nothing of theirs was saved, and
 * offers to read the latest version. It stays until they choose: on a weak signal a message that vanishes
 * after a few seconds is easily missed, and what they typed stays on screen meanwhile.
 */
public class StaleNotice extends Notification {

    public final Span message = new Span();
    public final Button reload = new Button(getTranslation("stale.reload"));
    public final Button later = new Button(getTranslation("stale.later"));

    /** {@code messageKey} says what changed; {@code reloading} reads the latest version into the form. */
    public StaleNotice(String messageKey, Runnable reloading) {
        message.setText(getTranslation(messageKey));
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

    /** Opens a notice at once. */
    public static StaleNotice open(String messageKey, Runnable reloading) {
        StaleNotice notice = new StaleNotice(messageKey, reloading);
        notice.open();
        return notice;
    }
}
