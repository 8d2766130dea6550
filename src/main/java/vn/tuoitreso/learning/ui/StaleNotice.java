package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.tuoitreso.learning.StaleEdit;

/**
 * Tells an author that someone else changed what they were editing, with a button that reads it again. It
 * stays until used or closed: on a weak signal a message that vanishes after a few seconds is easily missed.
 */
final class StaleNotice extends Notification {

    final Span message = new Span();
    final Button reload = new Button();

    private StaleNotice(Component view, Runnable reader) {
        addClassName("stale-notice");
        addThemeVariants(NotificationVariant.LUMO_WARNING);
        setPosition(Position.MIDDLE);
        setDuration(0);
        message.setText(view.getTranslation(StaleEdit.MESSAGE_KEY));
        reload.setText(view.getTranslation("learning.reload"));
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> {
            close();
            reader.run();
        });
        Button dismiss = new Button(view.getTranslation("learning.dismiss"), e -> close());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout content = new HorizontalLayout(message, reload, dismiss);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        content.setWrap(true);
        add(content);
    }

    /** Opens the notice in the view's language; {@code reader} reads the latest version into the form. */
    static StaleNotice open(Component view, Runnable reader) {
        StaleNotice notice = new StaleNotice(view, reader);
        notice.open();
        return notice;
    }
}
