package vn.tuoitreso.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A platform node as an operator runs it: the packaged jar ({@code target/*.jar}, made by the package phase before
 * Failsafe runs) in a JVM of its own, configured by properties, its console in {@code target/nodes/<name>.log}. The
 * test-only {@code testnode.NodeDriver} is added to it ({@code loader.path}) so a test can submit and search through
 * the node's own services.
 */
final class NodeProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private NodeProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar with these properties (as command-line arguments) and environment; does not wait. */
    static NodeProcess start(String name, Map<String, String> properties, Map<String, String> environment) {
        try {
            int port = freePort();
            Path nodes = Files.createDirectories(Path.of("target", "nodes").toAbsolutePath());
            Path log = nodes.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
                    "-Dfile.encoding=UTF-8", "-cp", jar().toString(), "-Dloader.path=" + driver(nodes),
                    "-Dloader.main=vn.tuoitreso.Application", "org.springframework.boot.loader.launch.PropertiesLauncher",
                    "--server.port=" + port, "--spring.main.sources=testnode.NodeDriver"));
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("APP_") || k.startsWith("SPRING_"));
            builder.environment().putAll(environment);
            return new NodeProcess(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers the balancer's health check with UP; fails with the end of its log if it stopped. */
    NodeProcess awaitUp() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " stopped with " + process.exitValue()
                        + " while starting:\n" + tail());
            }
            try {
                HttpResponse<String> health = get("/actuator/health/balancer");
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return this;
                }
                last = health.statusCode() + " " + health.body();
            } catch (IOException e) {
                // not listening yet
            }
            process.onExit().completeOnTimeout(null, 500, TimeUnit.MILLISECONDS).join();
        }
        throw new IllegalStateException("Node " + name + " did not start within " + START_TIMEOUT + " (its health: "
                + last + "):\n" + tail());
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Node " + name + " is still running:\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9}: no shutdown hook, no transaction finished, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (process.onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).join() == null) {
                kill();
            }
        }
    }

    String post(String path, Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path + "?" + query(form)))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        return ok(path, response);
    }

    String get(String path, Map<String, String> parameters) throws IOException, InterruptedException {
        return ok(path, get(path + "?" + query(parameters)));
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String ok(String path, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Node " + name + " answered " + response.statusCode() + " to " + path
                    + ": " + response.body() + "\n" + tail());
        }
        return response.body();
    }

    private String tail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("tuoitreso-.*\\.jar")).findFirst()
                    .map(Path::toAbsolutePath).orElseThrow(() -> new IllegalStateException(
                            "No target/tuoitreso-*.jar: the node tests run in the verify phase, after package"));
        }
    }

    /** The driver's classes alone, so that a node gets nothing else of the test classes. */
    private static Path driver(Path nodes) throws IOException {
        Path from = Path.of("target", "test-classes", "testnode");
        Path to = Files.createDirectories(nodes.resolve("driver").resolve("testnode"));
        try (Stream<Path> classes = Files.list(from)) {
            for (Path file : classes.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to.getParent();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
