package vn.tuoitreso.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A real Elasticsearch for the tests, one per test JVM: {@code TEST_ELASTICSEARCH_URL} if set, else a container where
 * Docker runs, else the distribution Maven unpacked into {@code target/elasticsearch} (the {@code integ-test-zip},
 * see the pom), started on free ports with the build's JDK and stopped when the JVM exits. Elasticsearch refuses to
 * run as root, so as root it runs as {@code nobody}, in folders that account owns.
 */
public final class ElasticsearchTestServer {

    private static final String VERSION = "9.2.4";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static @Nullable ElasticsearchTestServer instance;

    private final @Nullable Path home;
    private final @Nullable Path work;
    private final String url;
    private final int transportPort;
    private @Nullable Process process;

    private ElasticsearchTestServer(String url, @Nullable Path home, @Nullable Path work, int transportPort) {
        this.url = url;
        this.home = home;
        this.work = work;
        this.transportPort = transportPort;
    }

    /** The address of the test Elasticsearch, started on first use. */
    public static synchronized String url() {
        return server().url;
    }

    /** Whether this server is one the tests started, which they may stop and start again. */
    public static synchronized boolean controllable() {
        return server().home != null;
    }

    /** Stops the server (its data is kept), to see how the application copes. */
    public static synchronized void stop() {
        server().halt();
    }

    /**
     * Starts the server again after {@link #stop()}, on the same address, with the same data (not one the tests did
     * not start).
     */
    public static synchronized void start() {
        ElasticsearchTestServer server = server();
        if (server.home != null && (server.process == null || !server.process.isAlive())) {
            server.launch();
        }
    }

    private static ElasticsearchTestServer server() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static ElasticsearchTestServer create() {
        String external = System.getenv("TEST_ELASTICSEARCH_URL");
        if (external != null && !external.isBlank()) {
            return new ElasticsearchTestServer(external.strip(), null, null, 0);
        }
        String container = DockerElasticsearch.startIfDockerRuns(VERSION);
        if (container != null) {
            return new ElasticsearchTestServer(container, null, null, 0);
        }
        Path home = Path.of("target", "elasticsearch", "elasticsearch-" + VERSION).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("No Elasticsearch for the tests: set TEST_ELASTICSEARCH_URL, or let Maven "
                    + "unpack the test distribution into " + home + " (./mvnw test-compile process-test-classes)");
        }
        try {
            Path parent = Path.of("target").toAbsolutePath();
            if (asRoot() && !readableByNobody(home.resolve("bin/elasticsearch"))) {
                // a checkout under /root, say: nobody cannot reach it, so the node runs from a copy in /tmp
                parent = Files.createTempDirectory("tuoitreso-elasticsearch-");
                Path copy = parent.resolve(home.getFileName());
                copyTree(home, copy);
                home = copy;
                run(List.of("chmod", "-R", "go+rX", parent.toString()));
            }
            Path work = Files.createTempDirectory(parent, "elasticsearch-node-");
            ElasticsearchTestServer server = new ElasticsearchTestServer("http://127.0.0.1:" + freePort(), home,
                    work, freePort());
            server.prepare();
            server.launch();
            Runtime.getRuntime().addShutdownHook(new Thread(server::removeAll, "elasticsearch-test-server-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prepare() throws IOException {
        copyTree(home.resolve("config"), work.resolve("config"));
        Files.createDirectories(work.resolve("data"));
        Files.createDirectories(work.resolve("logs"));
        if (asRoot()) {
            run(List.of("chown", "-R", "nobody", work.toString()));
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        String port = url.substring(url.lastIndexOf(':') + 1);
        command.addAll(List.of("env", "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_PATH_CONF=" + work.resolve("config"), "ES_JAVA_OPTS=-Xms512m -Xmx512m",
                "bash", home.resolve("bin/elasticsearch").toString(),
                "-E", "discovery.type=single-node", "-E", "xpack.security.enabled=false",
                "-E", "xpack.ml.enabled=false", "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + port, "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + work.resolve("data"), "-E", "path.logs=" + work.resolve("logs"),
                "-E", "cluster.name=tuoitreso-test", "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("console.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitGreen();
    }

    private void awaitGreen() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch stopped while starting; see " + work.resolve("console.log"));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"red\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            process.onExit().completeOnTimeout(null, 500, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
        throw new IllegalStateException("Elasticsearch did not start within " + START_TIMEOUT + "; see "
                + work.resolve("console.log"));
    }

    private void halt() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            handle.onExit().completeOnTimeout(null, 30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    private void removeAll() {
        halt();
        Path scratch = work.getParent().getFileName().toString().startsWith("tuoitreso-elasticsearch-")
                ? work.getParent() : work;
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // left in target/, removed by mvn clean
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static boolean readableByNobody(Path file) {
        try {
            return new ProcessBuilder("runuser", "-u", "nobody", "--", "test", "-r", file.toString()).start()
                    .waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) throws IOException {
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException(command + " exited with " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
