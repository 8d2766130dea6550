package vn.tuoitreso.ui.home;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tuoitreso.identity.CurrentUser;

@Route("judge")
@Menu(title = "menu.judgeHome", order = 30, icon = "vaadin:gavel")
@RolesAllowed("JUDGE")
class JudgeHomeView extends RoleHome {

    JudgeHomeView(CurrentUser currentUser) {
        super(currentUser, "menu.judgeHome", "home.judge.intro");
    }
}
