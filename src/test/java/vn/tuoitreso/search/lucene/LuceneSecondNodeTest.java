package vn.tuoitreso.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded index belongs to one process: a second node (another JVM) pointed at the same folder is refused with a
 * message that says why and what to do, and can open it once the first has stopped.
 */
class LuceneSecondNodeTest {

    @TempDir Path folder;

    @Test
    void a_second_node_on_the_same_index_folder_is_refused_with_a_clear_message() throws Exception {
        Path index = folder.resolve("index");
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), IndexHolder.class.getName(), index.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("the first node opened the index").isEqualTo("open");

            assertThatThrownBy(() -> new LuceneSearchEngine(index, Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another process")
                    .hasMessageContaining(index.toAbsolutePath().toString())
                    .hasMessageContaining("use Elasticsearch for several nodes");

            first.getOutputStream().close();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).isZero();
        } finally {
            first.destroyForcibly();
        }
        try (LuceneSearchEngine second = new LuceneSearchEngine(index, Clock.systemUTC())) {
            assertThat(second.status().up()).as("opened once the first node stopped").isTrue();
        }
    }

    /** The first node: opens the index, says so, holds it until its input closes. */
    public static final class IndexHolder {

        public static void main(String[] args) throws Exception {
            try (LuceneSearchEngine engine = new LuceneSearchEngine(Path.of(args[0]), Clock.systemUTC())) {
                System.out.println("open");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // hold the index until the test closes our input
                }
            }
        }
    }
}
