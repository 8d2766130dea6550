package vn.tuoitreso.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Registration;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitDefinition;
import vn.tuoitreso.identity.UnitType;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

/** Administrators are told which accounts were moved to the province union because their unit left the seed. */
class VanishedUnitsViewIT extends BrowserlessViewTest {

    @Autowired Units units;
    @Autowired Accounts accounts;
    @Autowired SeedContent seed;

    @Test
    void the_account_list_tells_administrators_of_accounts_whose_unit_is_gone_and_filters_them() throws Exception {
        long n = System.nanoTime() % 1_000_000_000L;
        long oldCommune = SystemTasks.runAsSystem(() -> {
            units.importTree(List.of(new UnitDefinition("CU-" + n, "Tỉnh đoàn Cũ " + n, UnitType.PROVINCE,
                    List.of(new UnitDefinition("CU-X-" + n, "Đoàn xã Bản Cũ " + n, UnitType.COMMUNE, List.of())))));
            return units.tree().stream().filter(u -> u.code().equals("CU-X-" + n)).findFirst().orElseThrow().id();
        });
        String contact = TestAccounts.uniqueEmail("ban-cu");
        accounts.register(new Registration("Ma Văn Bản Cũ", contact, TestAccounts.PASSWORD, 2002, oldCommune));
        seed.run(new org.springframework.boot.DefaultApplicationArguments());

        AccountSummary admin = new TestAccounts(accounts, units).create("Quản Trị Đơn Vị", Role.ADMIN);
        login(admin.contact());
        UI.getCurrent().navigate("admin/accounts");
        Paragraph notice = $(Paragraph.class).id("unit-vanished-notice");
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("tài khoản đã chuyển về Tỉnh đoàn do đơn vị không còn");
        Checkbox filter = $(Checkbox.class).id("unit-vanished-filter");
        assertThat(filter.getLabel()).isEqualTo("Tài khoản đã chuyển về Tỉnh đoàn do đơn vị không còn");

        filter.setValue(true);
        test($(TextField.class).first()).setValue(contact);
        Grid<?> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(row(grid, 0)).contains("Ma Văn Bản Cũ", "Trước đây: Đoàn xã Bản Cũ " + n + " (đơn vị không còn)");
        filter.setValue(false);
        test($(TextField.class).first()).setValue(admin.contact());
        assertThat(test(grid).size()).as("an account whose unit is still there, without the filter").isEqualTo(1);
    }
}
