package vn.tuoitreso.contest.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStorageTest {

    @TempDir
    Path root;

    @Test
    void bytes_are_kept_once_under_their_sha256_and_read_back() throws IOException {
        LocalFileStorage storage = new LocalFileStorage(root);
        byte[] idea = "Ý tưởng: chợ nông sản trực tuyến của xã".getBytes(StandardCharsets.UTF_8);
        StoredFile first = storage.store(new ByteArrayInputStream(idea), 1000);
        StoredFile second = storage.store(new ByteArrayInputStream(idea), 1000);

        assertThat(second).isEqualTo(first);
        assertThat(first.size()).isEqualTo(idea.length);
        assertThat(first.sha256()).hasSize(64);
        try (InputStream in = storage.open(first.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(idea);
        }
        assertThat(files()).hasSize(1);
    }

    @Test
    void a_file_over_the_limit_leaves_nothing_behind() throws IOException {
        LocalFileStorage storage = new LocalFileStorage(root);
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOf(FileTooLargeException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void an_upload_broken_midway_leaves_nothing_behind() throws IOException {
        LocalFileStorage storage = new LocalFileStorage(root);
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 5000) {
                    throw new IOException("connection lost");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> storage.store(broken, 1_000_000)).hasMessage("connection lost");
        assertThat(files()).isEmpty();
    }

    @Test
    void names_that_are_not_digests_never_reach_the_file_system() throws IOException {
        LocalFileStorage storage = new LocalFileStorage(root);
        assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(storage.exists("../" + "a".repeat(61))).isFalse();
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
