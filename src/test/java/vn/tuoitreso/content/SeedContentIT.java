package vn.tuoitreso.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.UnitDefinition;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.UnitType;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;

@PlatformTest
class SeedContentIT {

    @Autowired
    Units units;

    @Autowired
    SeedContent seed;

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
