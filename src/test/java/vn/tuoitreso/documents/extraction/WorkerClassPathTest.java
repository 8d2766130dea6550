package vn.tuoitreso.documents.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker starts through Spring Boot's launcher from a packed jar, and directly from a class path. */
class WorkerClassPathTest {

    @TempDir Path dir;

    @Test
    void a_packed_spring_boot_jar_is_recognised_and_a_plain_class_path_is_not() throws IOException {
        Path boot = jar("app.jar", "BOOT-INF/classes/", "BOOT-INF/lib/");
        Path plain = jar("lib.jar", "vn/");
        assertThat(WorkerExtractor.isPackedBootJar(boot.toString())).isTrue();
        assertThat(WorkerExtractor.isPackedBootJar(plain.toString())).isFalse();
        assertThat(WorkerExtractor.isPackedBootJar(boot + File.pathSeparator + plain)).isFalse();
        assertThat(WorkerExtractor.isPackedBootJar(dir.resolve("classes").toString())).isFalse();
        assertThat(WorkerExtractor.isPackedBootJar(dir.resolve("missing.jar").toString())).isFalse();
    }

    private Path jar(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (String entry : entries) {
                jar.putNextEntry(new JarEntry(entry));
                jar.closeEntry();
            }
        }
        return file;
    }
}
