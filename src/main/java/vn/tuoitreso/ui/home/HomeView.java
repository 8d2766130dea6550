package vn.tuoitreso.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.Role;

/** The address every log-in lands on: sends each person to the home page of their highest role. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(currentUser));
    }

    static String homeOf(CurrentUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return "admin";
        }
        if (user.hasRole(Role.ORGANISER)) {
            return "organiser";
        }
        if (user.hasRole(Role.JUDGE)) {
            return "judge";
        }
        return "learner";
    }
}
