package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Languages;
import vn.tuoitreso.identity.LoginPage;
import vn.tuoitreso.identity.Registration;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;

/** A visitor opens an account: name, e-mail or mobile number, password, year of birth, unit. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends Main implements HasDynamicTitle {

    final TextField fullName = new TextField(getTranslation("account.fullName"));
    final TextField contact = new TextField(getTranslation("account.contact"));
    final PasswordField password = new PasswordField(getTranslation("account.password"));
    final PasswordField passwordAgain = new PasswordField(getTranslation("account.passwordAgain"));
    final IntegerField birthYear = new IntegerField(getTranslation("account.birthYear"));
    final UnitField unit;
    final TextField guardianName = new TextField(getTranslation("guardian.name"));
    final TextField guardianContact = new TextField(getTranslation("guardian.contact"));
    final Checkbox guardianConsent = new Checkbox(getTranslation("guardian.consent"));
    final Div guardian = new Div();
    final Button submit = new Button(getTranslation("register.submit"));

    private final Accounts accounts;
    private final FormErrors errors = new FormErrors(this);

    RegistrationView(Accounts accounts, Units units, Languages languages) {
        this.accounts = accounts;
        addClassName("registration-view");
        // The limits the service checks too (Accounts): a form never sends what it would refuse.
        contact.setMaxLength(Accounts.CONTACT_MAX_LENGTH);
        guardianContact.setMaxLength(Accounts.CONTACT_MAX_LENGTH);
        password.setMaxLength(Accounts.PASSWORD_MAX_LENGTH);
        passwordAgain.setMaxLength(Accounts.PASSWORD_MAX_LENGTH);
        unit = new UnitField(getTranslation("account.unit"), units);

        fullName.setMaxLength(Accounts.FULL_NAME_MAX_LENGTH);
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        contact.setHelperText(getTranslation("account.contact.help"));
        contact.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setHelperText(getTranslation("account.password.help", 8));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        passwordAgain.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        birthYear.setMin(Accounts.OLDEST_BIRTH_YEAR);
        birthYear.setStepButtonsVisible(false);
        unit.setHelperText(getTranslation("account.unit.help"));
        for (var field : new com.vaadin.flow.component.HasSize[] {fullName, contact, password, passwordAgain, birthYear}) {
            field.setWidthFull();
        }
        fullName.setId("fullName");
        contact.setId("contact");
        password.setId("password");
        passwordAgain.setId("passwordAgain");
        birthYear.setId("birthYear");
        unit.setId("unit");
        submit.setId("register");
        errors.bind("fullName", fullName).bind("contact", contact).bind("password", password)
                .bind("passwordAgain", passwordAgain).bind("birthYear", birthYear).bind("unit", unit);

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> register());
        submit.setDisableOnClick(true);

        // A child (under 16) names a parent or guardian who consents; shown once the year of birth says so.
        guardianName.setId("guardianName");
        guardianName.setWidthFull();
        guardianName.setMaxLength(Accounts.FULL_NAME_MAX_LENGTH);
        guardianContact.setId("guardianContact");
        guardianContact.setWidthFull();
        guardianContact.setHelperText(getTranslation("account.contact.help"));
        guardianConsent.setId("guardianConsent");
        errors.bind("guardianName", guardianName).bind("guardianContact", guardianContact);
        guardian.setId("guardian");
        guardian.add(new Paragraph(getTranslation("guardian.intro")), guardianName, guardianContact, guardianConsent);
        guardian.setVisible(false);
        birthYear.addValueChangeListener(e -> guardian.setVisible(e.getValue() != null
                && e.getValue() >= Accounts.OLDEST_BIRTH_YEAR && accounts.needsGuardian(e.getValue())));

        FormLayout form = new FormLayout(fullName, contact, password, passwordAgain, birthYear, unit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(unit, 2);
        add(new LanguagePicker(languages), new H1(getTranslation("register.title")), form, guardian, submit,
                LoginLink.to(getTranslation("register.haveAccount")), new PrivacyLink());
    }

    private void register() {
        try {
            if (!password.getValue().equals(passwordAgain.getValue())) {
                errors.reject("passwordAgain", "validation.password.mismatch");
                return;
            }
            UnitSummary chosen = unit.getValue();
            accounts.register(new Registration(fullName.getValue(), contact.getValue(), password.getValue(),
                    birthYear.getValue(), chosen == null ? null : chosen.id(), guardianName.getValue(),
                    guardianContact.getValue(), guardian.isVisible() && guardianConsent.getValue()));
            // Kept in the session, not the address: a contact does not belong in URLs and their logs.
            VaadinSession.getCurrent().getSession().setAttribute(LoginPage.REGISTERED_CONTACT, contact.getValue().strip());
            // The log-in form is a plain page, not a view: a full page load.
            getUI().ifPresent(ui -> ui.getPage().setLocation("login?registered"));
        } catch (InvalidInputException e) {
            errors.show(e);
        } finally {
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("brand.name");
    }
}
