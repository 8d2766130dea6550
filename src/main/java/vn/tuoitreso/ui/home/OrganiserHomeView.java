package vn.tuoitreso.ui.home;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tuoitreso.identity.CurrentUser;

@Route("organiser")
@Menu(title = "menu.organiserHome", order = 40, icon = "vaadin:clipboard-user")
@RolesAllowed({"ORGANISER", "ADMIN"})
class OrganiserHomeView extends RoleHome {

    OrganiserHomeView(CurrentUser currentUser) {
        super(currentUser, "menu.organiserHome", "home.organiser.intro");
        shortcut("organiser/contests", "menu.contestAdmin", "home.organiser.contests");
        shortcut("organiser/courses", "menu.courseAdmin", "home.organiser.courses");
    }
}
