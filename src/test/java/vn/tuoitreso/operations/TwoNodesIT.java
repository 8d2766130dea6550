package vn.tuoitreso.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.tuoitreso.search.elasticsearch.ElasticsearchTestServer;
import vn.tuoitreso.shared.database.EmbeddedMariaDb;

/**
 * Two application nodes started from the packaged jar as separate processes on different ports, sharing one MariaDB,
 * one Elasticsearch and one files folder, as behind a load balancer: what one node writes the other finds; a node
 * killed with {@code kill -9} right after a submission loses no event, since the other resubmits its incomplete
 * publications; scheduled jobs take turns through their database lock; nothing shows twice.
 */
class TwoNodesIT {

    private static final String RESUBMIT = "search-resubmit-incomplete";
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(90);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<NodeProcess> nodes = new ArrayList<>();
    private static EmbeddedMariaDb database;
    private static JdbcTemplate jdbc;

    /**
     * The nodes' own MariaDB, which no test application context uses: those keep running their scheduled jobs in the
     * test JVM and would otherwise take part in the nodes' work.
     */
    @BeforeAll
    static void database() {
        database = EmbeddedMariaDb.start(Path.of("target", "nodes-mariadb"), 0, "tuoitreso_nodes", "tuoitreso");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(NodeProcess::close);
    }

    @Test
    void two_nodes_share_the_work_and_a_killed_node_loses_no_event() throws Exception {
        NodeProcess a = node("node-a", Map.of()).awaitUp();
        // B writes its log as JSON lines (the operator's option for a log collector)
        NodeProcess b = node("node-b", Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")).awaitUp();
        for (NodeProcess node : List.of(a, b)) {
            // for the record: the full health, the search engine included (the balancer's check leaves it out)
            System.out.println(node.name + " health: " + node.get("/actuator/health").body());
        }
        Instant started = jdbc.queryForObject("SELECT UTC_TIMESTAMP(6)", LocalDateTime.class).toInstant(ZoneOffset.UTC);

        String organiser = "bantochuc." + run + "@nodes.tuoitreso.vn";
        String contestant = "thisinh." + run + "@nodes.tuoitreso.vn";
        String[] contest = a.post("/test-driver/contest", Map.of("organiser", organiser, "contestant", contestant))
                .split(" ");
        String contestId = contest[0];
        String roundId = contest[1];

        // submitted on A, found by a search on B
        String first = a.post("/test-driver/idea", Map.of("contestant", contestant, "round", roundId,
                "title", "Sàn nông sản Quảng Hòa " + run));
        await().atMost(NODE_TIMEOUT).until(() -> search(b, organiser, contestId, "san nong san quang hoa " + run),
                ids -> ids.contains(first));

        // The test holds the resubmission's lock: while it does, neither node resubmits (B says so in its log).
        holdResubmissionLock(Duration.ofMinutes(5));
        String another = "thisinh2." + run + "@nodes.tuoitreso.vn";
        a.post("/test-driver/contestant", Map.of("contact", another));
        String second = a.post("/test-driver/idea", Map.of("contestant", another, "round", roundId,
                "title", "Bản đồ homestay Ba Bể " + run));
        a.kill();
        await().atMost(NODE_TIMEOUT).until(() -> b.logText().contains("Not executing '" + RESUBMIT + "'. It's locked."));
        releaseResubmissionLock();

        await().atMost(NODE_TIMEOUT).until(() -> search(b, organiser, contestId, "ban do homestay " + run),
                ids -> ids.contains(second));
        await().atMost(NODE_TIMEOUT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?",
                Long.class, LocalDateTime.ofInstant(started, ZoneOffset.UTC)))
                .as("events published since the nodes started and still incomplete").isZero());

        // nothing indexed twice in a way a person sees: one hit per idea
        assertThat(search(b, organiser, contestId, run)).containsExactlyInAnyOrder(first, second);

        // A restarts and joins again: the same index, the same ideas
        NodeProcess again = node("node-a-again", Map.of()).awaitUp();
        assertThat(search(again, organiser, contestId, run)).containsExactlyInAnyOrder(first, second);

        // every scheduled run, on either node, held the job's lock alone: no two runs of a job at once
        List<Run> runs = new ArrayList<>();
        for (NodeProcess node : List.of(a, b, again)) {
            runs.addAll(runs(node));
        }
        assertThat(runs).as("scheduled runs seen in the nodes' logs").hasSizeGreaterThan(3);
        assertThat(runs.stream().map(Run::node).distinct()).as("both nodes ran scheduled jobs").hasSizeGreaterThan(1);
        Map<String, List<Run>> byJob = new HashMap<>();
        runs.forEach(r -> byJob.computeIfAbsent(r.job(), k -> new ArrayList<>()).add(r));
        for (List<Run> jobRuns : byJob.values()) {
            jobRuns.sort(Comparator.comparing(Run::locked));
            for (int i = 1; i < jobRuns.size(); i++) {
                // the log line of the release follows the release itself by a moment
                assertThat(jobRuns.get(i).locked()).as("%s started after %s finished", jobRuns.get(i), jobRuns.get(i - 1))
                        .isAfterOrEqualTo(jobRuns.get(i - 1).released().minusMillis(100));
            }
        }

        // B's log is JSON lines; A's is the readable default
        assertThat(b.logText().lines().filter(l -> l.startsWith("{")).count()).isGreaterThan(20);
        assertThat(a.logText()).contains("Started Application");
    }

    private NodeProcess node(String name, Map<String, String> environment) {
        Path base = Path.of("target", "nodes", run).toAbsolutePath();
        Map<String, String> properties = new HashMap<>(Map.of("spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(), "spring.datasource.password", database.password()));
        properties.put("management.endpoint.health.show-components", "always");
        properties.put("management.endpoint.health.show-details", "always");
        properties.put("spring.elasticsearch.uris", ElasticsearchTestServer.url());
        properties.put("app.search.elasticsearch.index", "tuoitreso-nodes-" + run);
        properties.put("app.data-dir", base.resolve(name).toString());
        // shared storage for the files, as the operator's guide asks
        properties.put("app.files-dir", base.resolve("files").toString());
        properties.put("app.search.resubmit-after", "PT2S");
        properties.put("app.search.resubmit-interval", "PT2S");
        properties.put("app.quiz.sweep-interval", "PT2S");
        properties.put("spring.modulith.events.staleness.published", "PT5S");
        properties.put("spring.modulith.events.staleness.processing", "PT5S");
        properties.put("spring.modulith.events.staleness.check-interval", "PT2S");
        properties.put("app.public-base-url", "http://127.0.0.1");
        properties.put("logging.level.net.javacrumbs.shedlock", "DEBUG");
        NodeProcess node = NodeProcess.start(run + "-" + name, properties, environment);
        nodes.add(node);
        return node;
    }

    private static List<String> search(NodeProcess node, String organiser, String contest, String text)
            throws Exception {
        String body = node.get("/test-driver/search", Map.of("organiser", organiser, "contest", contest, "text", text));
        return body.isBlank() ? List.of() : body.lines().toList();
    }

    private void holdResubmissionLock(Duration duration) {
        jdbc.update("INSERT IGNORE INTO shedlock (name, lock_until, locked_at, locked_by)"
                + " VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'nobody')", RESUBMIT);
        // taken as ShedLock takes it: only once the nodes' own hold has run out
        await().atMost(NODE_TIMEOUT).until(() -> jdbc.update("UPDATE shedlock SET lock_until = DATE_ADD("
                + "UTC_TIMESTAMP(6), INTERVAL ? SECOND), locked_at = UTC_TIMESTAMP(6), locked_by = 'TwoNodesIT'"
                + " WHERE name = ? AND lock_until <= UTC_TIMESTAMP(6)", duration.toSeconds(), RESUBMIT) == 1);
    }

    private void releaseResubmissionLock() {
        jdbc.update("UPDATE shedlock SET lock_until = UTC_TIMESTAMP(6) WHERE name = ? AND locked_by = 'TwoNodesIT'",
                RESUBMIT);
    }

    record Run(String node, String job, Instant locked, Instant released) {
    }

    private static final Pattern PLAIN = Pattern.compile("^(\\S+)\\s+DEBUG .*? : (.*)$");
    private static final Pattern JSON = Pattern.compile("\"@timestamp\":\"([^\"]+)\".*\"message\":\"(.*?)\"");
    private static final Pattern LOCKED = Pattern.compile("Locked '([^']+)'");
    private static final Pattern RELEASED = Pattern.compile("Task finished, lock '([^']+)' (?:released|will be released)");

    /** The scheduled runs in a node's log: when each job's lock was taken and when the job let it go. */
    private static List<Run> runs(NodeProcess node) {
        List<Run> runs = new ArrayList<>();
        Map<String, Instant> open = new HashMap<>();
        for (String line : node.logText().lines().toList()) {
            Matcher entry = PLAIN.matcher(line);
            if (!entry.find()) {
                entry = JSON.matcher(line);
                if (!entry.find()) {
                    continue;
                }
            }
            Instant at = OffsetDateTime.parse(entry.group(1)).toInstant();
            Matcher locked = LOCKED.matcher(entry.group(2));
            Matcher released = RELEASED.matcher(entry.group(2));
            if (locked.find()) {
                open.put(locked.group(1), at);
            } else if (released.find() && open.containsKey(released.group(1))) {
                runs.add(new Run(node.name, released.group(1), open.remove(released.group(1)), at));
            }
        }
        return runs;
    }
}
