package vn.tuoitreso.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;

/**
 * Loads the seed folder at start-up. Idempotent: what is already present (found by its code) is
 * neither duplicated nor overwritten, so administrators' edits survive restarts.
 */
@Component
@Order(10)
public class SeedContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedContent.class);

    private final Units units;
    private final Path seedDir;

    SeedContent(Units units, @Value("${app.seed-dir:./seed-content}") Path seedDir) {
        this.units = units;
        this.seedDir = seedDir;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        SystemTasks.runAsSystem(this::loadUnits);
    }

    private void loadUnits() {
        Path file = seedDir.resolve("units.yaml");
        if (!Files.isRegularFile(file)) {
            log.info("No {}: organisation units are not seeded", file.toAbsolutePath());
            return;
        }
        try {
            int added = units.importTree(UnitsFile.read(file));
            log.info("Organisation units: {} added from {}", added, file);
        } catch (IOException | RuntimeException e) {
            log.error("The units in {} could not be loaded: {}", file, e.getMessage(), e);
        }
    }
}
