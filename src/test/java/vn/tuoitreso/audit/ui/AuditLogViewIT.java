package vn.tuoitreso.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.audit.AuditAction;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.PasswordRecovery;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

/** An administrator reads the audit log in Vietnamese and narrows it by action and actor; others cannot open it. */
class AuditLogViewIT extends BrowserlessViewTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    PasswordRecovery recovery;

    @Test
    void an_admin_sees_who_made_a_reset_code_and_filters_by_action_and_actor() {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        AccountSummary learner = testAccounts.create("Sầm Thị Xem");
        String adminName = TestAccounts.uniqueName("Kiểm Tra Viên");
        AccountSummary admin = testAccounts.create(adminName, Role.ADMIN);
        login(admin.contact());
        recovery.issueCode(learner.contact());

        UI.getCurrent().navigate(AuditLogView.class);
        AuditLogView view = $(AuditLogView.class).single();
        view.actor.setValue(adminName.toLowerCase());
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            view.grid.getDataProvider().refreshAll();
            return test(view.grid).size() == 1;
        });
        assertThat(row(view.grid, 0)).contains("Cấp mã đặt lại mật khẩu", adminName + " → Sầm Thị Xem");

        view.action.setValue(AuditAction.ACCOUNT_DELETED);
        assertThat(test(view.grid).size()).isZero();
        view.action.setValue(AuditAction.RECOVERY_CODE_ISSUED);
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void an_organiser_cannot_open_the_audit_log() {
        AccountSummary organiser = new TestAccounts(accounts, units).create("Không Được Xem", Role.ORGANISER);
        login(organiser.contact());
        UI.getCurrent().navigate("admin/audit");
        assertThat($(AuditLogView.class).all()).isEmpty();
    }
}
