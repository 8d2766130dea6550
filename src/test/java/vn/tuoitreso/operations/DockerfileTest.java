package vn.tuoitreso.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The image is built by the command CI runs: the Dockerfile's build step (marked {@code # BUILD}) is found word for word
 * in {@code .ci/run}, which runs it on every CI build, so a change to one without the other fails here.
 */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
    private static final Path CI = Path.of(".ci", "run");

    @Test
    void the_image_is_built_by_the_command_ci_runs() throws Exception {
        String command = buildCommand();

        assertThat(command).isEqualTo("./mvnw -B -Pproduction -DskipTests package");
        assertThat(Files.readAllLines(CI)).map(String::strip).contains(command);
    }

    @Test
    void built_on_jdk_25_run_on_a_jre_25_as_an_unprivileged_user_with_a_health_check_and_a_data_volume()
            throws Exception {
        List<String> lines = Files.readAllLines(DOCKERFILE);

        assertThat(lines).filteredOn(l -> l.startsWith("FROM "))
                .containsExactly("FROM eclipse-temurin:25-jdk AS build", "FROM eclipse-temurin:25-jre");
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).doesNotContain("root").doesNotContain(" 0");
        assertThat(String.join("\n", lines)).contains("HEALTHCHECK").contains("/actuator/health")
                .contains("VOLUME [\"/app/data\"]").contains("APP_DATA_DIR=/app/data");
    }

    @Test
    void the_optimised_bundle_the_build_reuses_is_committed_so_no_node_is_needed() {
        assertThat(Path.of("src", "main", "bundles", "prod.bundle")).isRegularFile();
    }

    private static String buildCommand() throws Exception {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("# BUILD")) {
                String run = lines.get(i + 1);
                assertThat(run).startsWith("RUN ");
                return run.replaceFirst("^RUN (--mount=\\S+ )*", "").strip();
            }
        }
        throw new AssertionError("docker/Dockerfile has no step marked # BUILD");
    }
}
