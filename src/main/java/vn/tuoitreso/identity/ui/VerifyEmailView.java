package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.tuoitreso.identity.EmailVerification;

/** Opens the link sent to an e-mail address and says whether the address is now verified. */
@Route(value = EmailVerification.ROUTE, autoLayout = false)
@AnonymousAllowed
class VerifyEmailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph result = new Paragraph();
    private final EmailVerification verification;

    VerifyEmailView(EmailVerification verification) {
        this.verification = verification;
        addClassName("login-view");
        result.setId("verify-result");
        add(new H1(getTranslation("verifyEmail.title")), result, LoginLink.to(getTranslation("recovery.backToLogin")),
                new PrivacyLink());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        boolean verified = !tokens.isEmpty() && verification.verify(tokens.get(0));
        event.getUI().getPage().getHistory().replaceState(null, EmailVerification.ROUTE);
        result.setText(getTranslation(verified ? "verifyEmail.done" : "verifyEmail.invalid"));
        result.addClassName(verified ? "login-notice" : "invalid");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verifyEmail.title") + " · " + getTranslation("brand.name");
    }
}
