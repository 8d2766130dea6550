package vn.tuoitreso.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountQuery;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Registration;
import vn.tuoitreso.identity.UnitDefinition;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.UnitType;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

@PlatformTest
class SeedContentIT {

    @Autowired
    Units units;

    @Autowired
    SeedContent seed;

    @Autowired
    Accounts accounts;

    @Test
    void an_account_whose_unit_left_the_seed_is_moved_to_the_province_union_and_listed_for_admins() throws Exception {
        long n = System.nanoTime() % 1_000_000_000L;
        long oldCommune = SystemTasks.runAsSystem(() -> {
            units.importTree(List.of(new UnitDefinition("OLD-" + n, "Tỉnh đoàn Cũ " + n, UnitType.PROVINCE,
                    List.of(new UnitDefinition("OLD-X-" + n, "Đoàn xã Cũ " + n, UnitType.COMMUNE, List.of())))));
            return units.tree().stream().filter(u -> u.code().equals("OLD-X-" + n)).findFirst().orElseThrow().id();
        });
        long byHand = SystemTasks.runAsSystem(() -> units.create(oldCommune, "TAY-" + n, "Chi đoàn thêm tay " + n,
                UnitType.COMMUNE).id());
        String contact = TestAccounts.uniqueEmail("don-vi-cu");
        AccountSummary account = accounts.register(new Registration("Hoàng Thị Đơn Vị Cũ", contact,
                TestAccounts.PASSWORD, 2003, oldCommune));

        seed.run(new org.springframework.boot.DefaultApplicationArguments());

        AccountSummary moved = SystemTasks.runAsSystem(() -> accounts.summary(account.id()));
        assertThat(units.find(moved.unitId())).map(UnitSummary::code).as("the province union of the seed")
                .contains("CBG");
        assertThat(moved.formerUnitName()).isEqualTo("Đoàn xã Cũ " + n);
        assertThat(moved.fullName()).isEqualTo("Hoàng Thị Đơn Vị Cũ");
        assertThat(SystemTasks.runAsSystem(() -> accounts.lookUp(contact))).as("the account is kept").isPresent();
        assertThat(units.tree()).extracting(UnitSummary::code).doesNotContain("OLD-" + n, "OLD-X-" + n)
                .contains("TAY-" + n);
        assertThat(units.find(byHand)).map(UnitSummary::parentId).as("a unit added by hand stays, under the province")
                .contains(moved.unitId());
        assertThat(SystemTasks.runAsSystem(() -> accounts.find(AccountQuery.unitsVanished(), 0, 1000)))
                .extracting(AccountSummary::id).contains(account.id());
        assertThat(SystemTasks.runAsSystem(() -> accounts.find(new AccountQuery(contact, null, null, true), 0, 10)))
                .singleElement().extracting(AccountSummary::formerUnitName).isEqualTo("Đoàn xã Cũ " + n);
    }

    @Test
    void the_units_of_the_seed_file_are_loaded_at_start_up() {
        List<UnitSummary> tree = units.tree();
        assertThat(tree).anySatisfy(u -> {
            assertThat(u.type()).isEqualTo(UnitType.PROVINCE);
            assertThat(u.parentId()).isNull();
        });
        assertThat(tree).filteredOn(u -> u.depth() == 1).hasSizeGreaterThan(15);
    }

    @Test
    void loading_again_adds_nothing_and_keeps_an_administrators_rename() throws Exception {
        long id = SystemTasks.runAsSystem(() -> {
            UnitSummary root = units.tree().get(0);
            UnitSummary created = units.create(root.id(), "T-SEED-" + System.nanoTime() % 1_000_000, "Đoàn xã Thử", UnitType.COMMUNE);
            units.rename(created.id(), "Đoàn xã Thử Đã Đổi Tên", UnitType.COMMUNE);
            int added = units.importTree(List.of(new UnitDefinition(root.code(), root.name(), root.type(),
                    List.of(new UnitDefinition(created.code(), "Đoàn xã Thử", UnitType.COMMUNE, List.of())))));
            assertThat(added).isZero();
            return created.id();
        });
        int before = units.tree().size();
        seed.run(new org.springframework.boot.DefaultApplicationArguments());
        assertThat(units.tree()).hasSize(before);
        assertThat(units.find(id)).map(UnitSummary::name).contains("Đoàn xã Thử Đã Đổi Tên");
    }
}
