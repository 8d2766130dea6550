package vn.tuoitreso.search.elasticsearch;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** Elasticsearch in a container, where Docker runs (not on this project's machines). */
final class DockerElasticsearch {

    private DockerElasticsearch() {
    }

    /** The address of a started container, or null without Docker. */
    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    static @Nullable String startIfDockerRuns(String version) {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        if (!docker) {
            return null;
        }
        GenericContainer<?> container = new GenericContainer<>("docker.elastic.co/elasticsearch/elasticsearch:" + version)
                .withEnv("discovery.type", "single-node")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health").forStatusCode(200))
                .withStartupTimeout(Duration.ofMinutes(3));
        container.start();
        return "http://" + container.getHost() + ":" + container.getMappedPort(9200);
    }
}
