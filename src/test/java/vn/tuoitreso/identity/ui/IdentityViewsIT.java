package vn.tuoitreso.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountQuery;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Languages;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

class IdentityViewsIT extends BrowserlessViewTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(accounts, units);
    }

    @Test
    void a_visitor_registers_and_is_sent_to_log_in() {
        UI.getCurrent().navigate(RegistrationView.class);
        RegistrationView view = $(RegistrationView.class).single();
        String email = TestAccounts.uniqueEmail("dang.ky");
        view.fullName.setValue("Lý Thị Sinh");
        view.contact.setValue(email);
        view.password.setValue("NuiCao2026abc");
        view.passwordAgain.setValue("NuiCao2026abc");
        view.birthYear.setValue(2006);
        view.unit.setValue(firstCommune());
        click(view.submit);

        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                .getAttribute(vn.tuoitreso.identity.LoginPage.REGISTERED_CONTACT))
                .as("the contact, kept for the log-in form to fill in").isEqualTo(email);
        long found = SystemTasks.runAsSystem(() -> accounts.count(new AccountQuery(email, null, null)));
        assertThat(found).isEqualTo(1);
    }

    @Test
    void registration_errors_appear_next_to_the_fields_in_vietnamese_and_nothing_is_saved() {
        UI.getCurrent().navigate(RegistrationView.class);
        RegistrationView view = $(RegistrationView.class).single();
        String contact = "0" + "2" + "12345678";
        view.fullName.setValue("Lý Thị Sinh");
        view.contact.setValue(contact);
        view.password.setValue("abc");
        view.passwordAgain.setValue("abc");
        view.birthYear.setValue(2006);
        click(view.submit);

        assertThat(view.contact.isInvalid()).isTrue();
        assertThat(view.contact.getErrorMessage()).contains("số di động Việt Nam");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 8 ký tự.");
        assertThat(view.unit.isInvalid()).isTrue();
        assertThat(view.unit.getErrorMessage()).isEqualTo("Vui lòng chọn đơn vị của bạn trong danh sách.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("register");
    }

    @Test
    void two_different_passwords_are_caught_before_anything_is_sent() {
        UI.getCurrent().navigate(RegistrationView.class);
        RegistrationView view = $(RegistrationView.class).single();
        view.password.setValue("NuiCao2026abc");
        view.passwordAgain.setValue("NuiCao2026abd");
        click(view.submit);
        assertThat(view.passwordAgain.isInvalid()).isTrue();
        assertThat(view.passwordAgain.getErrorMessage()).isEqualTo("Hai mật khẩu không giống nhau.");
    }

    @Test
    void a_learner_sees_only_the_learner_menu_and_cannot_open_an_admin_view_by_url() {
        AccountSummary learner = testAccounts.create("Lò Văn Học");
        login(learner.contact());
        UI.getCurrent().navigate("");
        assertThat(menu()).contains("Trang học tập", "Hồ sơ cá nhân").doesNotContain("Tài khoản", "Đơn vị",
                "Trang giám khảo", "Trang ban tổ chức", "Quản trị");

        UI.getCurrent().navigate("admin/accounts");
        assertThat($(UserAdminView.class).all()).isEmpty();
        assertThat($(H2.class).all()).noneMatch(h -> h.getText().equals("Tài khoản"));
    }

    @Test
    void a_learner_who_is_also_a_judge_sees_both_on_one_home_page() {
        AccountSummary judge = testAccounts.create("Nguyễn Văn Chấm", Role.JUDGE);
        login(judge.contact());
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("learner");
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Chấm thi").doesNotContain("Quản trị");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("judge", "courses");
        assertThat(menu()).contains("Trang học tập", "Trang giám khảo").doesNotContain("Tài khoản");
    }

    @Test
    void an_administrator_grants_a_role_in_the_account_list() {
        AccountSummary admin = testAccounts.create("Phạm Quản Trị", Role.ADMIN);
        AccountSummary learner = testAccounts.create("Lường Thị Ngân");
        login(admin.contact());
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("learner");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("admin/accounts", "admin/units");
        assertThat(menu()).contains("Tài khoản", "Đơn vị");

        UI.getCurrent().navigate(UserAdminView.class);
        UserAdminView view = $(UserAdminView.class).single();
        view.search.setValue(learner.contact());
        assertThat(test(view.grid).size()).isEqualTo(1);
        view.edit(test(view.grid).getRow(0));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).single();
        roles.setValue(EnumSet.of(Role.LEARNER, Role.ORGANISER));
        click($(Button.class).id("save-roles"));

        AccountSummary after = SystemTasks.runAsSystem(() -> accounts.find(new AccountQuery(learner.contact(), null, null), 0, 1)).get(0);
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.ORGANISER);
        roundTrip();
        assertThat(row(view.grid, 0)).contains("Học viên, Ban tổ chức");
    }

    @Test
    void switching_to_english_is_remembered_on_the_account() {
        AccountSummary learner = testAccounts.create("Hoàng Văn Anh");
        login(learner.contact());
        UI.getCurrent().navigate(ProfileView.class);
        ProfileView view = $(ProfileView.class).single();
        assertThat(view.save.getText()).isEqualTo("Lưu");

        test(view.language).selectItem("English");

        UI.getCurrent().navigate("learner");
        UI.getCurrent().navigate(ProfileView.class);
        assertThat($(ProfileView.class).single().save.getText()).isEqualTo("Save");
        assertThat(accounts.me().language()).isEqualTo("en");
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private UnitSummary firstCommune() {
        return units.tree().stream().filter(u -> u.depth() == 1).findFirst().orElseThrow();
    }
}
