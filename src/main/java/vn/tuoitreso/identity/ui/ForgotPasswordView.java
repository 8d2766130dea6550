package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Languages;
import vn.tuoitreso.identity.PasswordRecovery;

/**
 * "Quên mật khẩu?": an e-mail account asks for a reset link; a phone account learns to ask an organiser
 * for a code. The answer never tells whether the contact belongs to an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    final TextField contact = new TextField(getTranslation("recovery.contact"));
    final Button send = new Button(getTranslation("recovery.sendLink"));
    final Paragraph sent = new Paragraph();

    ForgotPasswordView(PasswordRecovery recovery, Languages languages) {
        addClassName("registration-view");
        contact.setMaxLength(Accounts.CONTACT_MAX_LENGTH);
        contact.setId("recovery-contact");
        contact.setWidthFull();
        contact.setAutocomplete(Autocomplete.USERNAME);
        contact.setHelperText(getTranslation("recovery.contact.help"));
        send.setId("send-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setDisableOnClick(true);
        sent.setId("link-sent");
        sent.addClassName("login-notice");
        sent.setVisible(false);
        send.addClickListener(e -> {
            try {
                recovery.requestLink(contact.getValue());
                sent.setText(getTranslation("recovery.linkSent"));
                sent.setVisible(true);
            } finally {
                send.setEnabled(true);
            }
        });
        Anchor haveCode = new Anchor(PasswordRecovery.RESET_ROUTE, getTranslation("recovery.haveCode"));
        haveCode.setId("have-code-link");
        add(new LanguagePicker(languages), new H1(getTranslation("recovery.title")),
                new Paragraph(getTranslation("recovery.intro")), contact, send, sent,
                new Paragraph(getTranslation("recovery.phoneAccounts")), haveCode,
                LoginLink.to(getTranslation("recovery.backToLogin")), new PrivacyLink());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.title") + " · " + getTranslation("brand.name");
    }
}
