package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.tuoitreso.identity.AccountDeletion;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.EmailVerification;
import vn.tuoitreso.identity.Languages;
import vn.tuoitreso.identity.PersonalData;
import vn.tuoitreso.identity.ProfileChange;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FileDownload;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;

/** One's own profile: name, contact, year of birth, unit, language and password. */
@Route("profile")
@Menu(title = "shell.profile", order = 90, icon = "vaadin:user")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final TextField fullName = new TextField(getTranslation("account.fullName"));
    final TextField contact = new TextField(getTranslation("account.contact"));
    final IntegerField birthYear = new IntegerField(getTranslation("account.birthYear"));
    final UnitField unit;
    /** Shown when the e-mail or phone number is changed: a new contact needs the current password. */
    final PasswordField contactPassword = new PasswordField(getTranslation("profile.contactPassword"));
    final Button save = new Button(getTranslation("action.save"));
    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("shell.language"));
    final PasswordField currentPassword = new PasswordField(getTranslation("profile.currentPassword"));
    final PasswordField newPassword = new PasswordField(getTranslation("profile.newPassword"));
    final PasswordField newPasswordAgain = new PasswordField(getTranslation("account.passwordAgain"));
    final Button changePassword = new Button(getTranslation("profile.changePassword"));
    final Span emailState = new Span();
    final Button resendVerification = new Button(getTranslation("verifyEmail.resend"));
    final PasswordField deletePassword = new PasswordField(getTranslation("deleteAccount.password"));
    final Button deleteAccount = new Button(getTranslation("deleteAccount.submit"));

    private final Accounts accounts;
    private final Languages languages;
    private final FormErrors profileErrors = new FormErrors(this);
    private final FormErrors passwordErrors = new FormErrors(this);

    ProfileView(Accounts accounts, Units units, Languages languages, PersonalData personalData,
            AccountDeletion accountDeletion, AuthenticationContext authentication, EmailVerification emailVerification) {
        this.accounts = accounts;
        this.languages = languages;
        addClassName("profile-view");
        contact.setMaxLength(Accounts.CONTACT_MAX_LENGTH);
        for (PasswordField field : List.of(contactPassword, currentPassword, newPassword, newPasswordAgain, deletePassword)) {
            field.setMaxLength(Accounts.PASSWORD_MAX_LENGTH);
        }
        currentPassword.setId("profile-current-password");
        newPassword.setId("profile-new-password");
        newPasswordAgain.setId("profile-new-password-again");
        changePassword.setId("change-password");
        unit = new UnitField(getTranslation("account.unit"), units);
        AccountSummary me = accounts.me();

        fullName.setMaxLength(Accounts.FULL_NAME_MAX_LENGTH);
        birthYear.setMin(Accounts.OLDEST_BIRTH_YEAR);
        profileErrors.bind("fullName", fullName).bind("contact", contact).bind("birthYear", birthYear)
                .bind("unit", unit).bind("currentPassword", contactPassword);
        contactPassword.setId("contact-password");
        fill(me);
        contact.addValueChangeListener(e -> contactPassword.setVisible(!e.getValue().strip().equals(me.contact())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-profile");
        save.addClickListener(e -> saveProfile());

        HorizontalLayout roles = new HorizontalLayout();
        roles.addClassName("profile-roles");
        for (Role role : Role.values()) {
            if (me.roles().contains(role)) {
                Span badge = new Span(getTranslation(role.messageKey()));
                badge.getElement().getThemeList().add("badge");
                roles.add(badge);
            }
        }
        Paragraph since = new Paragraph(getTranslation("profile.memberSince",
                DisplayFormats.date(me.createdAt(), getLocale())));

        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(languages.current());
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                languages.choose(e.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });

        passwordErrors.bind("currentPassword", currentPassword).bind("newPassword", newPassword)
                .bind("newPasswordAgain", newPasswordAgain);
        newPassword.setHelperText(getTranslation("account.password.help", 8));
        changePassword.addClickListener(e -> changePassword());

        resendVerification.setVisible(false);
        emailVerification.mineVerified().ifPresent(verified -> {
            emailState.setText(getTranslation(verified ? "verifyEmail.state.verified" : "verifyEmail.state.unverified"));
            contact.setHelperText(emailState.getText());
            resendVerification.setVisible(!verified);
        });
        emailState.setId("email-state");
        resendVerification.setId("resend-verification");
        resendVerification.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resendVerification.setDisableOnClick(true);
        resendVerification.addClickListener(e -> {
            emailVerification.resendMine();
            FormErrors.success(this, "verifyEmail.sent");
        });

        FormLayout profile = new FormLayout(fullName, contact, contactPassword, birthYear, unit);
        profile.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        FormLayout password = new FormLayout(currentPassword, newPassword, newPasswordAgain);
        password.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        add(new H2(getTranslation("shell.profile")), roles, since, profile, resendVerification, save, language,
                new H3(getTranslation("profile.changePassword")), password, changePassword);
        FileDownload export = new FileDownload(getTranslation("personalData.download"),
                "tuoitreso-" + me.id() + ".zip", "application/zip", personalData::exportMine);
        export.setId("download-my-data");
        add(new H3(getTranslation("personalData.title")), new Paragraph(getTranslation("personalData.intro")), export,
                new PrivacyLink());

        FormErrors deleteErrors = new FormErrors(this).bind("deletePassword", deletePassword);
        deletePassword.setId("delete-password");
        deleteAccount.setId("delete-account");
        deleteAccount.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteAccount.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("deleteAccount.confirm"));
            confirm.setText(getTranslation("deleteAccount.intro"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("deleteAccount.submit"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                try {
                    accountDeletion.deleteMine(deletePassword.getValue());
                    authentication.logout();
                } catch (InvalidInputException ex) {
                    deleteErrors.show(ex);
                }
            });
            confirm.open();
        });
        add(new H3(getTranslation("deleteAccount.title")), new Paragraph(getTranslation("deleteAccount.intro")),
                deletePassword, deleteAccount);
    }

    private void fill(AccountSummary me) {
        fullName.setValue(me.fullName());
        contact.setValue(me.contact());
        contactPassword.clear();
        contactPassword.setVisible(false);
        birthYear.setValue(me.birthYear());
        unit.select(me.unitId());
    }

    private void saveProfile() {
        try {
            UnitSummary chosen = unit.getValue();
            fill(accounts.updateProfile(new ProfileChange(fullName.getValue(), contact.getValue(), birthYear.getValue(),
                    chosen == null ? null : chosen.id(), contactPassword.getValue())));
            profileErrors.clear();
            saved();
        } catch (InvalidInputException e) {
            profileErrors.show(e);
        }
    }

    private void changePassword() {
        try {
            if (!newPassword.getValue().equals(newPasswordAgain.getValue())) {
                passwordErrors.reject("newPasswordAgain", "validation.password.mismatch");
                return;
            }
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
            passwordErrors.clear();
            currentPassword.clear();
            newPassword.clear();
            newPasswordAgain.clear();
            saved();
        } catch (InvalidInputException e) {
            passwordErrors.show(e);
        }
    }

    private void saved() {
        FormErrors.success(this, "action.saved");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.profile");
    }
}
