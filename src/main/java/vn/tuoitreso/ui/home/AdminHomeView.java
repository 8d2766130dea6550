package vn.tuoitreso.ui.home;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tuoitreso.identity.CurrentUser;

@Route("admin")
@Menu(title = "menu.adminHome", order = 50, icon = "vaadin:cogs")
@RolesAllowed("ADMIN")
class AdminHomeView extends RoleHome {

    AdminHomeView(CurrentUser currentUser) {
        super(currentUser, "menu.adminHome", "home.admin.intro");
        shortcut("admin/accounts", "menu.accounts", "home.admin.accounts");
        shortcut("admin/units", "menu.units", "home.admin.units");
    }
}
