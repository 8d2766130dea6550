package vn.tuoitreso.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.LoginPage;

/**
 * The log-in form as a plain page: Spring Security takes its post (with its CSRF token) and throttles attempts;
 * this page only says why a log-in was refused, and fetches the application's bundle while the person types.
 */
@Controller
class LoginForm {

    private final CurrentUser currentUser;
    private final ApplicationBundle bundle;
    private final SiteView site;

    LoginForm(CurrentUser currentUser, ApplicationBundle bundle, SiteView site) {
        this.currentUser = currentUser;
        this.bundle = bundle;
        this.site = site;
    }

    @GetMapping(LoginPage.PATH)
    String login(HttpServletRequest request, Model model, Locale locale) {
        if (currentUser.isAuthenticated()) {
            return "redirect:/";
        }
        model.addAttribute("error", errorKey(request));
        @Nullable String notice = null;
        if (request.getParameter("registered") != null) {
            notice = "login.registered";
        } else if (request.getParameter("reset") != null) {
            notice = "recovery.done";
        }
        model.addAttribute("notice", notice);
        model.addAttribute("username", registeredContact(request));
        model.addAttribute("prefetch", bundle.mainFiles());
        site.page(model, locale, LoginPage.PATH, site.text("login.title", locale), site.text("login.tagline", locale),
                "/trang/login.png", "website", true);
        return "site/login";
    }

    /** Why the last log-in was refused, as the failure handler put it in the address. */
    static @Nullable String errorKey(HttpServletRequest request) {
        if (request.getParameter("disabled") != null) {
            return "login.error.disabled";
        }
        if (request.getParameter("busy") != null) {
            return "login.error.busy";
        }
        if (request.getParameter("overloaded") != null) {
            return "login.error.overloaded";
        }
        if (request.getParameter("error") != null) {
            return "login.error.badCredentialsOrWait";
        }
        return null;
    }

    /** The contact someone has just registered with, given once. */
    private static String registeredContact(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || request.getParameter("registered") == null) {
            return "";
        }
        Object contact = session.getAttribute(LoginPage.REGISTERED_CONTACT);
        session.removeAttribute(LoginPage.REGISTERED_CONTACT);
        return contact instanceof String registered ? registered : "";
    }
}
