package vn.tuoitreso.ui.home;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.tuoitreso.identity.CurrentUser;

@Route("learner")
@Menu(title = "menu.learnerHome", order = 10, icon = "vaadin:home")
@PermitAll
class LearnerHomeView extends RoleHome {

    LearnerHomeView(CurrentUser currentUser) {
        super(currentUser, "menu.learnerHome", "home.learner.intro");
        shortcut("profile", "shell.profile", "home.profile.text");
    }
}
