package vn.tuoitreso.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.tuoitreso.identity.UnitDefinition;
import vn.tuoitreso.identity.UnitType;

/** Reads {@code units.yaml}: a tree of units with code, name, type and children. */
final class UnitsFile {

    private UnitsFile() {
    }

    static List<UnitDefinition> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(root instanceof Map<?, ?> map) || !(map.get("units") instanceof List<?> units)) {
                throw new IllegalArgumentException(file + ": expected a top-level 'units' list");
            }
            Set<String> codes = new HashSet<>();
            return definitions(units, file, codes);
        }
    }

    private static List<UnitDefinition> definitions(List<?> items, Path file, Set<String> codes) {
        List<UnitDefinition> result = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> unit)) {
                throw new IllegalArgumentException(file + ": each unit is a map");
            }
            String code = text(unit, "code", file);
            if (!codes.add(code)) {
                throw new IllegalArgumentException(file + ": the code " + code + " is used twice");
            }
            UnitType type = UnitType.valueOf(text(unit, "type", file).toUpperCase(Locale.ROOT));
            List<?> children = unit.get("children") instanceof List<?> list ? list : List.of();
            result.add(new UnitDefinition(code, text(unit, "name", file), type, definitions(children, file, codes)));
        }
        return result;
    }

    private static String text(Map<?, ?> unit, String key, Path file) {
        Object value = unit.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(file + ": a unit lacks '" + key + "': " + unit);
        }
        return value.toString().strip();
    }
}
