package vn.tuoitreso.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows the problems a service reported next to the form fields they concern, in the person's
 * language; a problem of the whole form appears as a notification.
 */
public final class FormErrors {

    private final Component form;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors(Component form) {
        this.form = form;
    }

    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public void show(InvalidInputException exception) {
        clear();
        for (InvalidInputException.Problem problem : exception.problems()) {
            String message = form.getTranslation(problem.messageKey(), problem.argsArray());
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notification.show(message, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    /** Tells the person, briefly and at the bottom of the screen, that what they did succeeded. */
    public static void success(Component view, String messageKey, Object... args) {
        Notification.show(view.getTranslation(messageKey, args), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Marks one field as wrong with a message key, for checks the view makes itself (two passwords differ). */
    public void reject(String field, String messageKey) {
        show(InvalidInputException.of(field, messageKey));
    }
}
