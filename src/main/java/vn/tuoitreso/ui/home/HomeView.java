package vn.tuoitreso.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.tuoitreso.identity.CurrentUser;

/** The address every log-in lands on: the personal home page, whatever roles the person has. */
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

    /** One home page for everyone: it shows the parts of each role the person has. */
    static String homeOf(CurrentUser user) {
        return "learner";
    }
}
