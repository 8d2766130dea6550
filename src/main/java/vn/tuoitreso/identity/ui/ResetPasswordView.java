package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Languages;
import vn.tuoitreso.identity.PasswordRecovery;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Sets a new password: with the secret of an e-mailed link ({@code ?token=…}), or with one's contact and
 * the code an organiser handed over. The secret is taken off the address bar as soon as the page opens.
 */
@Route(value = PasswordRecovery.RESET_ROUTE, autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField contact = new TextField(getTranslation("recovery.contact"));
    final TextField code = new TextField(getTranslation("recovery.code"));
    final PasswordField newPassword = new PasswordField(getTranslation("profile.newPassword"));
    final PasswordField newPasswordAgain = new PasswordField(getTranslation("account.passwordAgain"));
    final Button save = new Button(getTranslation("recovery.setPassword"));
    final Paragraph expired = new Paragraph(getTranslation("recovery.link.invalid"));

    private final PasswordRecovery recovery;
    private final FormErrors errors = new FormErrors(this);
    private @Nullable String token;

    ResetPasswordView(PasswordRecovery recovery, Languages languages) {
        this.recovery = recovery;
        addClassName("registration-view");
        contact.setMaxLength(Accounts.CONTACT_MAX_LENGTH);
        newPassword.setMaxLength(Accounts.PASSWORD_MAX_LENGTH);
        newPasswordAgain.setMaxLength(Accounts.PASSWORD_MAX_LENGTH);
        contact.setId("reset-contact");
        contact.setAutocomplete(Autocomplete.USERNAME);
        code.setId("reset-code");
        code.setAutocomplete(Autocomplete.OFF);
        code.setHelperText(getTranslation("recovery.code.help"));
        newPassword.setId("new-password");
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText(getTranslation("account.password.help", 8));
        newPasswordAgain.setId("new-password-again");
        newPasswordAgain.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (var field : new com.vaadin.flow.component.HasSize[] {contact, code, newPassword, newPasswordAgain}) {
            field.setWidthFull();
        }
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        expired.setId("link-expired");
        expired.setVisible(false);
        errors.bind("contact", contact).bind("code", code).bind("newPassword", newPassword)
                .bind("newPasswordAgain", newPasswordAgain);
        Anchor forgot = new Anchor("forgot-password", getTranslation("recovery.askAgain"));
        add(new LanguagePicker(languages), new H1(getTranslation("recovery.newPasswordTitle")), expired, contact, code,
                newPassword, newPasswordAgain, save, forgot, new PrivacyLink());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        if (!tokens.isEmpty()) {
            token = tokens.get(0);
            // The secret leaves the address bar (and so the history and any shared screenshot).
            event.getUI().getPage().getHistory().replaceState(null, PasswordRecovery.RESET_ROUTE);
        }
        boolean byLink = token != null;
        contact.setVisible(!byLink);
        code.setVisible(!byLink);
        if (byLink && !recovery.linkUsable(token)) {
            expired.setVisible(true);
            newPassword.setVisible(false);
            newPasswordAgain.setVisible(false);
            save.setVisible(false);
        }
    }

    private void save() {
        try {
            if (!newPassword.getValue().equals(newPasswordAgain.getValue())) {
                errors.reject("newPasswordAgain", "validation.password.mismatch");
                return;
            }
            if (token != null) {
                recovery.resetWithLink(token, newPassword.getValue());
            } else {
                recovery.resetWithCode(contact.getValue(), code.getValue(), newPassword.getValue());
            }
            getUI().ifPresent(ui -> ui.getPage().setLocation("login?reset"));
        } catch (InvalidInputException e) {
            errors.show(e);
        } finally {
            save.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.newPasswordTitle") + " · " + getTranslation("brand.name");
    }
}
