package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.html.Anchor;

/** A link to the log-in form, which is a plain page of the public site: opened with a full page load. */
class LoginLink extends Anchor {

    private LoginLink(String text) {
        super("login", text);
        setRouterIgnore(true);
    }

    static LoginLink to(String text) {
        return new LoginLink(text);
    }
}
