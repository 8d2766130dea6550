package vn.tuoitreso.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker/compose.yaml} is checked by a compose tool, as there is no Docker engine here: Debian's
 * {@code docker-compose} ({@code .ci/run} installs it) validates the file against the Compose schema and resolves its
 * variables without an engine. The test fails, never skips, when the tool is missing.
 */
class ComposeFileTest {

    static final Path COMPOSE = Path.of("docker", "compose.yaml");

    /** Every variable the file requires, with a value an operator would put into docker/.env. */
    static final Map<String, String> REQUIRED = Map.of("DB_PASSWORD", "db-secret", "DB_ROOT_PASSWORD", "root-secret",
            "ELASTIC_PASSWORD", "elastic-secret", "ES_APP_PASSWORD", "search-secret",
            "APP_ADMIN_EMAIL", "quantri@tinhdoan.example", "APP_ADMIN_PASSWORD", "a long passphrase 2026",
            "APP_PUBLIC_BASE_URL", "https://tuoitreso.example", "SPRING_MAIL_HOST", "smtp.example");

    @TempDir
    Path temp;

    @Test
    void the_compose_file_is_valid_with_its_required_variables() throws Exception {
        Result result = config(COMPOSE, REQUIRED);

        assertThat(result.exit()).as(result.output()).isZero();
    }

    @Test
    void an_invalid_compose_file_is_refused_so_the_check_above_means_something() throws Exception {
        Path broken = temp.resolve("compose.yaml");
        Files.writeString(broken, Files.readString(COMPOSE).replace("    restart: unless-stopped\n",
                "    restart: unless-stopped\n    restrat: always\n"));

        Result result = config(broken, REQUIRED);

        assertThat(result.exit()).isNotZero();
        assertThat(result.output()).contains("restrat");
    }

    @Test
    void a_missing_secret_stops_the_start_with_its_name() throws Exception {
        Map<String, String> withoutPassword = new HashMap<>(REQUIRED);
        withoutPassword.remove("DB_PASSWORD");

        Result result = config(COMPOSE, withoutPassword);

        assertThat(result.exit()).isNotZero();
        assertThat(result.output()).contains("DB_PASSWORD");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mariadb_elasticsearch_with_security_and_the_platform_start_in_order_configured_by_the_environment()
            throws Exception {
        Result result = config(COMPOSE, REQUIRED, "config");
        assertThat(result.exit()).as(result.output()).isZero();
        Map<String, Object> services = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(result.output()))
                .get("services");

        Map<String, Object> mariadb = (Map<String, Object>) services.get("mariadb");
        Map<String, Object> elasticsearch = (Map<String, Object>) services.get("elasticsearch");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(mariadb.get("image")).isEqualTo("mariadb:11.4");
        assertThat((String) elasticsearch.get("image")).startsWith("docker.elastic.co/elasticsearch/elasticsearch:9.");
        Map<String, Object> esEnvironment = (Map<String, Object>) elasticsearch.get("environment");
        assertThat(esEnvironment).containsEntry("discovery.type", "single-node")
                .containsEntry("xpack.security.enabled", "true").containsEntry("ELASTIC_PASSWORD", "elastic-secret");
        for (Map<String, Object> service : List.of(mariadb, elasticsearch, app)) {
            assertThat(service).containsKey("healthcheck");
        }
        assertThat(mariadb.get("volumes")).asString().contains("/var/lib/mysql");
        assertThat(elasticsearch.get("volumes")).asString().contains("/usr/share/elasticsearch/data");
        assertThat(app.get("volumes")).asString().contains("/app/data");

        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
        assertThat(dependsOn.get("mariadb")).containsEntry("condition", "service_healthy");
        assertThat(dependsOn.get("elasticsearch")).containsEntry("condition", "service_healthy");
        assertThat(dependsOn.get("elasticsearch-setup")).containsEntry("condition", "service_completed_successfully");

        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat(environment).containsEntry("SPRING_DATASOURCE_URL", "jdbc:mariadb://mariadb:3306/tuoitreso")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "db-secret")
                .containsEntry("SPRING_ELASTICSEARCH_URIS", "http://elasticsearch:9200")
                .containsEntry("SPRING_ELASTICSEARCH_PASSWORD", "search-secret")
                .containsEntry("APP_ADMIN_EMAIL", "quantri@tinhdoan.example")
                .containsKeys("SPRING_ELASTICSEARCH_USERNAME", "APP_SEARCH_ELASTICSEARCH_INDEX", "SPRING_MAIL_HOST",
                        "APP_PUBLIC_BASE_URL");
        // configuration through the environment only: nothing mounted over the application's own files
        assertThat(app.get("volumes")).asString().doesNotContain(".yaml").doesNotContain(".properties");
    }

    record Result(int exit, String output) {
    }

    static Result config(Path file, Map<String, String> environment, String... arguments) throws Exception {
        Path tool = Path.of("/usr/bin/docker-compose");
        assertThat(tool).as("docker-compose validates docker/compose.yaml without an engine: "
                + "apt-get install -y docker-compose (.ci/run does)").isExecutable();
        List<String> command = new ArrayList<>(List.of(tool.toString(), "--project-directory",
                file.toAbsolutePath().getParent().toString(), "-f", file.toAbsolutePath().toString()));
        command.addAll(arguments.length == 0 ? List.of("config", "-q") : List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> REQUIRED.containsKey(name) || name.startsWith("COMPOSE_"));
        env.putAll(environment);
        Process process = builder.start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("docker-compose did not finish within a minute");
        }
        return new Result(process.exitValue(), output);
    }
}
