package vn.tuoitreso.identity;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The interface language: Vietnamese first, English second. A signed-in person's choice is kept on
 * the account; a visitor's for the browser session.
 */
@Component
public class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private static final String SESSION_KEY = Languages.class.getName();

    private final CurrentUser currentUser;
    private final Accounts accounts;

    Languages(CurrentUser currentUser, Accounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /** The language to show: this session's choice, else the account's, else Vietnamese. */
    public Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        return currentUser.language().map(Locale::forLanguageTag).filter(SUPPORTED::contains).orElse(VIETNAMESE);
    }

    /** Switches the language of this session and, when signed in, remembers it on the account. */
    public void choose(Locale locale) {
        Locale language = SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(VIETNAMESE);
        if (currentUser.isAuthenticated() && currentUser.accountId().isPresent()) {
            accounts.changeLanguage(language);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, language);
            session.setLocale(language);
            session.getUIs().forEach(ui -> ui.setLocale(language));
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(language);
        }
    }
}
