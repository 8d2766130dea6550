package vn.tuoitreso.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tuoitreso.identity.UnitDefinition;
import vn.tuoitreso.identity.UnitType;

class UnitsFileTest {

    @Test
    void the_seed_file_has_the_province_union_with_communes_wards_and_schools() throws IOException {
        List<UnitDefinition> roots = UnitsFile.read(Path.of("seed-content/units.yaml"));
        assertThat(roots).hasSize(1);
        UnitDefinition province = roots.get(0);
        assertThat(province.type()).isEqualTo(UnitType.PROVINCE);
        assertThat(province.name()).startsWith("Tỉnh đoàn");
        assertThat(province.children()).extracting(UnitDefinition::type)
                .contains(UnitType.COMMUNE, UnitType.WARD, UnitType.SCHOOL);
        assertThat(province.children().size()).isGreaterThan(15);
    }

    @Test
    void a_code_used_twice_is_reported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("units.yaml");
        Files.writeString(file, """
                units:
                  - code: A
                    name: Tỉnh đoàn A
                    type: PROVINCE
                    children:
                      - code: A
                        name: Đoàn xã B
                        type: COMMUNE
                """);
        assertThatThrownBy(() -> UnitsFile.read(file)).hasMessageContaining("used twice");
    }
}
