package vn.tuoitreso.documents.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileLocationsTest {

    private static final String DIGEST = "abcd" + "0123456789".repeat(6);

    @Test
    void a_file_inside_the_files_folder_is_kept_relative_with_slashes() {
        FileLocations locations = new FileLocations(Path.of("/srv/tuoitreso/data/files"));
        assertThat(locations.stored(Path.of("/srv/tuoitreso/data/files/ab/cd", DIGEST))).isEqualTo("ab/cd/" + DIGEST);
    }

    @Test
    void a_relative_files_folder_setting_is_taken_from_the_working_directory() {
        FileLocations locations = new FileLocations(Path.of("data/files"));
        assertThat(locations.stored(Path.of("data", "files", "ab", "cd", DIGEST).toAbsolutePath()))
                .isEqualTo("ab/cd/" + DIGEST);
    }

    @Test
    void a_file_elsewhere_is_kept_absolute_and_resolves_to_itself() {
        FileLocations locations = new FileLocations(Path.of("/srv/tuoitreso/data/files"));
        String outside = locations.stored(Path.of("/srv/tuoitreso/data/files/../upload.pdf"));
        assertThat(outside).isEqualTo(Path.of("/srv/tuoitreso/data/upload.pdf").toString());
        assertThat(locations.resolve(outside)).isEqualTo(Path.of("/srv/tuoitreso/data/upload.pdf"));
        assertThat(locations.stored(Path.of("/srv/tuoitreso/data/files-old/x"))).startsWith("/");
    }

    @Test
    void a_kept_name_resolves_under_the_folder_configured_now() {
        String kept = new FileLocations(Path.of("/srv/old/files")).stored(Path.of("/srv/old/files/ab/cd", DIGEST));
        assertThat(new FileLocations(Path.of("/mnt/new/files")).resolve(kept))
                .isEqualTo(Path.of("/mnt/new/files/ab/cd", DIGEST));
    }
}
