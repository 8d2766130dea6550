package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.Languages;

/** Log-in with an e-mail address or a mobile number; says why a log-in was refused. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The session attribute holding the contact someone just registered with, to fill in once. */
    static final String REGISTERED_CONTACT = LoginView.class.getName() + ".registeredContact";

    private final LoginForm form = new LoginForm();
    LoginI18n i18n;
    private final Paragraph notice = new Paragraph();
    private final CurrentUser currentUser;

    LoginView(Languages languages, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        i18n = i18n(null);
        form.setI18n(i18n);
        notice.addClassName("login-notice");
        notice.setVisible(false);
        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.setId("register-link");
        Anchor forgot = new Anchor("forgot-password", getTranslation("recovery.forgotLink"));
        forgot.setId("forgot-password-link");
        add(new LanguagePicker(languages), new H1(getTranslation("brand.name")),
                new Paragraph(getTranslation("login.tagline")), notice, form, forgot, register, new PrivacyLink());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("registered")) {
            notice.setText(getTranslation("login.registered"));
            notice.setVisible(true);
            Object contact = VaadinSession.getCurrent().getAttribute(REGISTERED_CONTACT);
            VaadinSession.getCurrent().setAttribute(REGISTERED_CONTACT, null);
            if (contact instanceof String registered) {
                form.getElement().executeJs("const field = this.querySelector('#vaadinLoginUsername');"
                        + " if (field) { field.value = $0; this.querySelector('#vaadinLoginPassword')?.focus(); }",
                        registered);
            }
        }
        if (params.containsKey("reset")) {
            notice.setText(getTranslation("recovery.done"));
            notice.setVisible(true);
        }
        @Nullable String errorKey = null;
        if (params.containsKey("disabled")) {
            errorKey = "login.error.disabled";
        } else if (params.containsKey("busy")) {
            errorKey = "login.error.busy";
        } else if (params.containsKey("error")) {
            errorKey = "login.error.badCredentialsOrWait";
        }
        if (errorKey != null) {
            i18n = i18n(getTranslation(errorKey));
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    private LoginI18n i18n(@Nullable String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword("");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage != null ? errorMessage : getTranslation("login.error.badCredentials"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("brand.name");
    }
}
