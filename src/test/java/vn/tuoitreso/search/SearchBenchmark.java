package vn.tuoitreso.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.search.SearchResult.Facet;
import vn.tuoitreso.search.SearchResult.FacetCount;
import vn.tuoitreso.search.elasticsearch.ElasticsearchSearchEngine;
import vn.tuoitreso.search.elasticsearch.ElasticsearchTestServer;
import vn.tuoitreso.search.lucene.LuceneSearchEngine;
import vn.tuoitreso.test.TestDatabase;

/**
 * A benchmark, not a test of speed: loads N generated ideas ({@link IdeaGenerator}) into Lucene, Elasticsearch and
 * MariaDB, runs the same mixed queries (with and without diacritics, one to four words, some with a filter, every one
 * with facet counts and highlighted snippets) and prints latencies, their ratios to MariaDB's FULLTEXT and LIKE
 * measured in the same run, indexing throughput and index sizes. Run it with
 * {@code ./mvnw -B -q test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dsearch.bench.n=10000}
 * ({@code -Dsearch.bench.engines=lucene} to measure only some of lucene, elasticsearch, mariadb).
 */
class SearchBenchmark {

    static {
        // timed as the application runs in service: without Java assertions, which the test runner turns on and
        // which Lucene uses to check its internals on hot paths (a sortedness check of 128 doc ids per skip, say)
        SearchBenchmark.class.getClassLoader().setDefaultAssertionStatus(false);
    }

    private static final int BATCH = 500;
    /**
     * Keeps the engines' indexes between runs ({@code -Dsearch.bench.keep=true}: Lucene's in target/bench-lucene-N,
     * Elasticsearch's as benchmark-N while the test server's data lasts) and loads them only when they do not hold N
     * ideas: for timing changes to the queries. Delete them after a change to what is indexed.
     */
    private static final boolean KEEP = Boolean.getBoolean("search.bench.keep");
    /**
     * How often the queries run untimed first ({@code -Dsearch.bench.warmup}, default 3): the engines' code is then
     * compiled by the JIT, Elasticsearch's in its own JVM too, as on a server in service.
     */
    private static final int WARM_UP_ROUNDS = Integer.getInteger("search.bench.warmup", 3);
    private static final List<SearchQuery> QUERIES = queries();

    private static List<SearchQuery> queries() {
        List<SearchQuery> queries = new ArrayList<>();
        for (String text : List.of("hạt dẻ", "hat de trung khanh", "chuyển đổi số", "chuyen doi so", "du lịch cộng đồng",
                "du lich", "mật ong bạc hà", "mat ong", "thương mại điện tử", "ứng dụng di động cho học sinh",
                "nong nghiep", "trà hoa vàng Hạ Lang", "bản đồ số", "y te", "phụ huynh", "thanh nien khoi nghiep",
                "miến dong", "đường sá", "Ngườm Ngao", "sạt lở mùa mưa")) {
            queries.add(SearchQuery.of(text));
        }
        // the same questions narrowed by a facet, as a person does after the first page
        for (int i = 0; i < 6; i++) {
            queries.add(queries.get(i * 3).withContests(Set.of(1L + i)));
        }
        return queries;
    }

    @Test
    void lucene_and_elasticsearch_against_mariadb_fulltext_and_like() throws Exception {
        int n = Integer.getInteger("search.bench.n", 10_000);
        int rounds = Integer.getInteger("search.bench.rounds", 5);
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // each engine's figures printed as soon as they are known, so that a later failure does not lose them
        Map<String, Measured> measured = new LinkedHashMap<>() {
            @Override
            public Measured put(String name, Measured m) {
                System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", name, m.p(50), m.p(95),
                        m.p(99));
                return super.put(name, m);
            }
        };
        warmUp();

        Set<String> engines = Set.of(System.getProperty("search.bench.engines", "lucene,elasticsearch,mariadb")
                .toLowerCase(Locale.ROOT).split(","));

        if (engines.contains("lucene")) {
            Path folder = KEEP ? Path.of("target", "bench-lucene-" + n).toAbsolutePath()
                    : Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-lucene-");
            try {
                double seconds;
                try (LuceneSearchEngine loading = new LuceneSearchEngine(folder, Clock.systemUTC())) {
                    seconds = load(loading, n);
                }
                // closed, it has finished the merges its loading started, as a server in service long has
                try (LuceneSearchEngine lucene = new LuceneSearchEngine(folder, Clock.systemUTC())) {
                    measured.put("Lucene", new Measured(new Load(seconds, folderSize(folder)),
                            times(q -> lucene.search(q).total(), WARM_UP_ROUNDS, rounds,
                                    () -> ((LRUQueryCache) IndexSearcher.getDefaultQueryCache()).clear())));
                    snippetLine(lucene, rounds).ifPresent(notes::add);
                }
            } finally {
                if (!KEEP) {
                    delete(folder);
                }
            }
        }

        if (engines.contains("elasticsearch")) {
            try (ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(ElasticsearchTestServer.url())
                    .jsonMapper(new Jackson3JsonpMapper()))) {
                String index = KEEP ? "benchmark-" + n : "benchmark";
                ElasticsearchSearchEngine elasticsearch = new ElasticsearchSearchEngine(client, index,
                        Clock.systemUTC());
                // a kept index of an earlier layout is dropped here, before it is counted, so that it is loaded again
                elasticsearch.createIndexIfMissing();
                double seconds = load(elasticsearch, n);
                awaitMerges(client, index);
                client.indices().flush(f -> f.index(index));
                long bytes = client.indices().stats(s -> s.index(index)).indices().get(index).total().store()
                        .sizeInBytes();
                measured.put("Elasticsearch", new Measured(new Load(seconds, bytes),
                        times(q -> elasticsearch.search(q).total(), WARM_UP_ROUNDS, rounds,
                                () -> client.indices().clearCache(c -> c.index(index).request(true).query(true)))));
                if (!KEEP) {
                    client.indices().delete(d -> d.index(index));
                }
            }
        }

        if (engines.contains("mariadb")) {
            Map<String, String> db = TestDatabase.propertiesWithoutSpring();
            try (Connection connection = DriverManager.getConnection(db.get("spring.datasource.url"),
                    db.get("spring.datasource.username"), db.get("spring.datasource.password"))) {
                MariaDbSearch mariadb = new MariaDbSearch(connection);
                Load load = mariadb.load(n);
                int dbRounds = Math.max(1, Math.min(rounds, n >= 50_000 ? 1 : rounds));
                measured.put("MariaDB FULLTEXT", new Measured(load, times(q -> mariadb.search(q, true), 1, dbRounds,
                        () -> { })));
                measured.put("MariaDB LIKE", new Measured(load, times(q -> mariadb.search(q, false), 1, dbRounds,
                        () -> { })));
                mariadb.drop();
            }
        }

        double fulltextP95 = measured.containsKey("MariaDB FULLTEXT") ? measured.get("MariaDB FULLTEXT").p(95)
                : Double.NaN;
        double likeP95 = measured.containsKey("MariaDB LIKE") ? measured.get("MariaDB LIKE").p(95) : Double.NaN;
        lines.add(String.format(Locale.ROOT, "Search benchmark: %,d ideas, %d queries x rounds, %d processors, "
                + "Java assertions %s", n, QUERIES.size(), Runtime.getRuntime().availableProcessors(),
                IndexSearcher.class.desiredAssertionStatus() ? "on" : "off"));
        lines.add(String.format(Locale.ROOT, "%-17s %10s %10s %9s %9s %9s %13s %10s", "engine", "load/s", "size MB",
                "p50 ms", "p95 ms", "p99 ms", "x FULLTEXT", "x LIKE"));
        measured.forEach((name, m) -> lines.add(String.format(Locale.ROOT,
                "%-17s %10.0f %10.1f %9.1f %9.1f %9.1f %12.1fx %9.1fx", name, m.load.perSecond(n),
                m.load.bytes / 1e6, m.p(50), m.p(95), m.p(99), fulltextP95 / m.p(95), likeP95 / m.p(95))));
        lines.add("(x FULLTEXT / x LIKE: how many times faster than that baseline at p95, NaN when it was not run; "
                + "MariaDB's load includes building its FULLTEXT index)");
        lines.addAll(notes);
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "search-benchmark.txt"), lines);

        for (String engine : List.of("Lucene", "Elasticsearch")) {
            if (measured.containsKey(engine)) {
                assertThat(measured.get(engine).found).as(engine + " finds something for every query")
                        .doesNotContain(0L);
            }
        }
        if (measured.containsKey("Lucene") && measured.containsKey("Elasticsearch")) {
            assertThat(measured.get("Elasticsearch").found).as("both engines find the same ideas")
                    .isEqualTo(measured.get("Lucene").found);
        }
    }

    /**
     * How much of a query's time is the application's marking of snippets: the same work done again, alone, on the
     * ideas of each query's first page.
     */
    private static java.util.Optional<String> snippetLine(SearchEngine engine, int rounds) {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (SearchQuery query : QUERIES) {
                List<IndexedIdea> page = engine.search(query).hits().stream()
                        .map(hit -> IdeaGenerator.idea(hit.submissionId())).toList();
                List<String> words = SearchText.words(query.text());
                long start = System.nanoTime();
                page.forEach(idea -> SearchText.snippets(idea, words, false));
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        List<Double> sorted = millis.stream().sorted().toList();
        return java.util.Optional.of(String.format(Locale.ROOT,
                "  of which marking the snippets of a page: p50 %.1f ms, p95 %.1f ms", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1)));
    }

    /** The application's own text work, compiled by the JIT before any engine is timed, so the first is not slower. */
    private static void warmUp() {
        for (long id = 1; id <= 3000; id++) {
            IndexedIdea idea = IdeaGenerator.idea(id);
            idea.attachments().forEach(a -> SearchText.mask(a.text(), idea.authors()));
            SearchText.snippets(idea, SearchText.words("du lịch hạt dẻ"), id % 2 == 0);
        }
    }

    /** Loads N generated ideas (unless kept from an earlier run); the seconds it took, NaN when kept. */
    private static double load(SearchEngine engine, int n) {
        if (KEEP && engine.status().documents() == n) {
            return Double.NaN;
        }
        engine.deleteAll();
        long start = System.nanoTime();
        List<IndexedIdea> batch = new ArrayList<>(BATCH);
        for (long id = 1; id <= n; id++) {
            batch.add(IdeaGenerator.idea(id));
            if (batch.size() == BATCH || id == n) {
                engine.upsertAll(batch);
                batch.clear();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(engine.status().documents()).isEqualTo(n);
        System.gc(); // the loading's garbage, collected before the timing rather than during it
        return seconds;
    }

    /** Waits until Elasticsearch has finished the merges the loading started, as a server in service long has. */
    private static void awaitMerges(ElasticsearchClient client, String index) {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> client.indices()
                .stats(s -> s.index(index).metric(CommonStatsFlag.Merge)).indices().get(index).total().merges()
                .current() == 0);
    }

    /**
     * Each query timed as if asked for the first time: the engine's caches of earlier results and filters are emptied
     * before it (not timed), since the same queries come round again.
     */
    private static Times times(SearchFunction search, int warmUpRounds, int rounds, Cold cold) throws Exception {
        for (int round = 0; round < warmUpRounds; round++) {
            for (SearchQuery query : QUERIES) {
                search.totalOf(query);
            }
        }
        List<Double> millis = new ArrayList<>();
        long[] found = new long[QUERIES.size()];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < QUERIES.size(); i++) {
                cold.caches();
                long start = System.nanoTime();
                found[i] = search.totalOf(QUERIES.get(i));
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Times(millis, Arrays.stream(found).boxed().toList());
    }

    private interface SearchFunction {
        long totalOf(SearchQuery query) throws Exception;
    }

    private interface Cold {
        void caches() throws Exception;
    }

    private record Load(double seconds, long bytes) {
        double perSecond(int n) {
            return n / seconds;
        }
    }

    private record Times(List<Double> millis, List<Long> found) {
    }

    private static final class Measured {
        final Load load;
        final List<Double> sorted;
        final List<Long> found;

        Measured(Load load, Times times) {
            this.load = load;
            this.sorted = times.millis.stream().sorted().toList();
            this.found = times.found;
        }

        double p(int percentile) {
            int at = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
        }
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * What a developer would otherwise write: the ideas in one table, searched with a FULLTEXT index or with LIKE
     * (accent-insensitive through the utf8mb4_unicode_ci collation), the matching rows' facets counted in the
     * application, the page's texts read and marked the same way as the engines do.
     */
    private static final class MariaDbSearch {

        private static final String TEXTS = "title, summary, problem, solution, attachment";
        private final Connection connection;

        MariaDbSearch(Connection connection) {
            this.connection = connection;
        }

        Load load(int n) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_idea");
                statement.execute("CREATE TABLE bench_idea (id BIGINT PRIMARY KEY, contest BIGINT, round BIGINT, "
                        + "category BIGINT, unit BIGINT, status VARCHAR(20), sent BIGINT, title VARCHAR(500), "
                        + "summary TEXT, problem TEXT, solution TEXT, attachment MEDIUMTEXT, authors TEXT) "
                        + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            }
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO bench_idea VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long id = 1; id <= n; id++) {
                    IndexedIdea idea = IdeaGenerator.idea(id);
                    insert.setLong(1, id);
                    insert.setLong(2, idea.contestId());
                    insert.setLong(3, idea.roundId());
                    insert.setLong(4, idea.categoryId());
                    insert.setLong(5, idea.unitId());
                    insert.setString(6, idea.status());
                    insert.setLong(7, idea.sentAt().toEpochMilli());
                    insert.setString(8, idea.title());
                    insert.setString(9, idea.summary());
                    insert.setString(10, idea.problem());
                    insert.setString(11, idea.solution());
                    insert.setString(12, idea.attachments().isEmpty() ? "" : idea.attachments().getFirst().text());
                    insert.setString(13, String.join("\n", idea.authors()));
                    insert.addBatch();
                    if (id % BATCH == 0 || id == n) {
                        insert.executeBatch();
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE bench_idea ADD FULLTEXT INDEX bench_idea_text (" + TEXTS + ")");
                statement.execute("ANALYZE TABLE bench_idea");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Load(seconds, size());
        }

        /** The table's size with its FULLTEXT index; what the account may read when it may not see tablespaces. */
        private long size() throws SQLException {
            try {
                return number("SELECT COALESCE(SUM(FILE_SIZE), 0) FROM information_schema.INNODB_SYS_TABLESPACES "
                        + "WHERE NAME = CONCAT(DATABASE(), '/bench_idea') OR NAME LIKE CONCAT(DATABASE(), '/FTS\\_%')");
            } catch (SQLException noProcessPrivilege) {
                return number("SELECT DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'bench_idea'");
            }
        }

        private long number(String sql) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        }

        long search(SearchQuery query, boolean fulltext) throws SQLException {
            List<String> words = SearchText.words(query.text());
            StringBuilder sql = new StringBuilder("SELECT id, contest, round, category, unit, status, sent");
            List<String> parameters = new ArrayList<>();
            if (fulltext) {
                sql.append(", MATCH(" + TEXTS + ") AGAINST (?) AS score FROM bench_idea WHERE MATCH(" + TEXTS
                        + ") AGAINST (?)");
                parameters.add(query.text());
                parameters.add(query.text());
            } else {
                sql.append(", 0 AS score FROM bench_idea WHERE 1 = 1");
                for (String word : words) {
                    sql.append(" AND (title LIKE ? OR summary LIKE ? OR problem LIKE ? OR solution LIKE ? "
                            + "OR attachment LIKE ?)");
                    for (int i = 0; i < 5; i++) {
                        parameters.add("%" + word + "%");
                    }
                }
            }
            if (!query.contestIds().isEmpty()) {
                sql.append(" AND contest IN (").append(query.contestIds().stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))).append(")");
            }
            List<long[]> rows = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setString(i + 1, parameters.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new long[] {result.getLong(1), result.getLong(2), result.getLong(3),
                            result.getLong(4), result.getLong(5), result.getLong(7),
                            Double.doubleToLongBits(result.getDouble(8))});
                        statuses.add(result.getString(6));
                    }
                }
            }
            Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
            for (int i = 0; i < rows.size(); i++) {
                long[] row = rows.get(i);
                facets.computeIfAbsent(Facet.CONTEST, f -> new HashMap<>()).merge(Long.toString(row[1]), 1L, Long::sum);
                facets.computeIfAbsent(Facet.ROUND, f -> new HashMap<>()).merge(Long.toString(row[2]), 1L, Long::sum);
                facets.computeIfAbsent(Facet.CATEGORY, f -> new HashMap<>()).merge(Long.toString(row[3]), 1L,
                        Long::sum);
                facets.computeIfAbsent(Facet.UNIT, f -> new HashMap<>()).merge(Long.toString(row[4]), 1L, Long::sum);
                facets.computeIfAbsent(Facet.STATUS, f -> new HashMap<>()).merge(statuses.get(i), 1L, Long::sum);
            }
            Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
            facets.forEach((facet, values) -> counts.put(facet, values.entrySet().stream()
                    .map(e -> new FacetCount(e.getKey(), e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(FacetCount::count).reversed()).toList()));
            Comparator<long[]> order = fulltext
                    ? Comparator.comparingDouble((long[] row) -> Double.longBitsToDouble(row[6])).reversed()
                    : Comparator.comparingLong((long[] row) -> row[5]).reversed();
            List<Long> page = rows.stream().sorted(order).limit(query.pageSize()).map(row -> row[0]).toList();
            if (!page.isEmpty()) {
                Map<Long, List<SearchHit.Snippet>> snippets = new HashMap<>();
                try (Statement statement = connection.createStatement();
                        ResultSet texts = statement.executeQuery("SELECT id, " + TEXTS + " FROM bench_idea WHERE id IN ("
                                + page.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")) {
                    while (texts.next()) {
                        IndexedIdea idea = new IndexedIdea(texts.getLong(1), 0, "", 0, "", null, null, null, null,
                                "SUBMITTED", java.time.Instant.EPOCH, texts.getString(2), texts.getString(3),
                                texts.getString(4), texts.getString(5), List.of(),
                                List.of(new IndexedIdea.AttachmentText("thuyet-minh.docx", texts.getString(6))));
                        snippets.put(idea.submissionId(), SearchText.snippets(idea, words, false));
                    }
                }
                assertThat(snippets).hasSize(page.size());
            }
            assertThat(counts.keySet().size()).isLessThanOrEqualTo(Facet.values().length);
            return rows.size();
        }

        void drop() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_idea");
            }
        }
    }
}
