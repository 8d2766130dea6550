package vn.tuoitreso.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;

/**
 * The organisation units of {@code seed-content/units.yaml}, for tests whose context does not hold the content
 * module (module tests) and may run first on a fresh test database: registration needs a unit. Loaded exactly as
 * the seed loads them, so a later start-up of the whole platform finds them in place and adds nothing.
 */
public final class SeedUnits {

    private SeedUnits() {
    }

    public static void ensureLoaded(Units units) {
        SystemTasks.runAsSystem(() -> {
            if (units.tree().isEmpty()) {
                try {
                    units.importTree(UnitsFile.read(Path.of("seed-content", "units.yaml")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }
}
