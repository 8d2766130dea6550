package vn.tuoitreso.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.search.Search;
import vn.tuoitreso.search.SearchHit;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.shared.database.EmbeddedMariaDb;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;
import vn.tuoitreso.test.TestDatabase;

/**
 * {@code docker/backup.sh} and {@code docker/restore.sh}, as the operator's guide tells them: a populated platform is
 * backed up while it runs, restored elsewhere (another MariaDB server, another files directory), and the copy holds the
 * same rows and the same files; a platform started on the copy rebuilds its search index and finds the idea.
 */
@PlatformTest
class BackupRestoreIT {

    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Attachments attachments;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired Search search;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @Value("${app.files-dir}")
    Path filesDir;

    @TempDir
    Path temp;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_backup_restored_elsewhere_holds_the_same_rows_and_files_and_its_platform_finds_the_ideas()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Ban Tổ Chức Sao Lưu", Role.ORGANISER);
        AccountSummary contestant = people.create("Lục Văn Sao");
        TestAccounts.login(users, organiser);
        ContestSummary created = contests.create(new ContestDraft("Hội thi sao lưu " + run, "Thể lệ", null, null,
                5, 5, 20, 50), Set.of());
        Instant now = clock.instant();
        contests.addRound(created.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null));
        ContestSummary contest = contests.publish(created.id(), true);
        TestAccounts.login(users, contestant);
        SubmissionSummary idea = submissions.start(contest.rounds().getFirst().id());
        submissions.save(idea.id(), new IdeaDraft("Kho lạnh chung cho hạt dẻ Trùng Khánh " + run, "Tóm tắt.",
                "Vấn đề.", "Giải pháp.", "Tác động", "Khả thi", null, List.of(new TeamMember(null, "Lục Thị Dẻ"))));
        byte[] content = ("Kế hoạch kho lạnh " + run + ": hạt dẻ giữ được sáu tháng.").getBytes(StandardCharsets.UTF_8);
        Path upload = Files.write(temp.resolve("ke-hoach.txt"), content);
        AttachmentSummary attachment = attachments.attach(idea.id(), "ke-hoach.txt", upload);
        submissions.submit(idea.id());
        TestAccounts.login(users, organiser);
        SearchQuery query = SearchQuery.of("kho lanh hat de " + run).withContests(Set.of(contest.id()));
        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> search.search(query).hits().stream().map(SearchHit::submissionId).toList()
                        .contains(idea.id()));

        Map<String, Long> before = rowCounts(jdbc);
        Path archive = temp.resolve("backups").resolve("tuoitreso-" + run + ".tar.gz");
        Path settings = Files.writeString(temp.resolve("settings.env"), "APP_PUBLIC_BASE_URL=https://tuoitreso.example\n");
        Map<String, String> source = new LinkedHashMap<>(TestDatabase.properties().entrySet().stream().collect(
                java.util.stream.Collectors.toMap(e -> environmentName(e.getKey()), Map.Entry::getValue)));
        source.put("APP_FILES_DIR", filesDir.toAbsolutePath().toString());
        source.put("APP_SETTINGS_FILE", settings.toString());
        Result backup = script("backup.sh", source, archive.toString());
        Map<String, Long> after = rowCounts(jdbc);
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(Files.getPosixFilePermissions(archive)).as("the archive is its owner's alone")
                .allSatisfy(p -> assertThat(p.name()).startsWith("OWNER"));

        EmbeddedMariaDb elsewhere = EmbeddedMariaDb.start(Path.of("target", "restore-mariadb"), 0,
                "tuoitreso_restored_" + run, "tuoitreso");
        try {
            Path data = Files.createDirectories(temp.resolve("elsewhere"));
            Path staleIndex = Files.createDirectories(data.resolve("index"));
            Files.writeString(staleIndex.resolve("segments_1"), "an index of another database");
            Map<String, String> target = new LinkedHashMap<>(Map.of(
                    "SPRING_DATASOURCE_URL", elsewhere.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", elsewhere.username(),
                    "SPRING_DATASOURCE_PASSWORD", elsewhere.password(), "APP_DATA_DIR", data.toString(),
                    "APP_SETTINGS_FILE", data.resolve("settings.env").toString()));
            Result restore = script("restore.sh", target, archive.toString());
            assertThat(restore.exit()).as(restore.output()).isZero();

            JdbcTemplate restored = new JdbcTemplate(new DriverManagerDataSource(elsewhere.jdbcUrl(),
                    elsewhere.username(), elsewhere.password()));
            Map<String, Long> copy = rowCounts(restored);
            assertThat(copy.keySet()).isEqualTo(before.keySet());
            for (String table : before.keySet()) {
                // a table the running platform changed during the backup (its outbox, say) holds either figure
                assertThat(copy.get(table)).as(table).isBetween(Math.min(before.get(table), after.get(table)),
                        Math.max(before.get(table), after.get(table)));
            }
            for (String table : List.of("identity_account", "contest_submission", "contest_attachment",
                    "documents_extraction", "flyway_schema_history")) {
                assertThat(copy.get(table)).as(table).isEqualTo(before.get(table)).isPositive();
            }
            String sha256 = attachment.sha256();
            Path restoredFile = data.resolve("files").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4))
                    .resolve(sha256);
            assertThat(sha256(Files.readAllBytes(restoredFile))).isEqualTo(sha256).isEqualTo(sha256(content));
            assertThat(data.resolve("settings.env")).hasSameTextualContentAs(settings);
            assertThat(staleIndex).isEmptyDirectory();

            Result again = script("restore.sh", target, archive.toString());
            assertThat(again.exit()).isNotZero();
            assertThat(again.output()).contains("is not empty");

            // a platform started on the copy rebuilds its (empty) index from the database
            Map<String, String> properties = Map.of("spring.datasource.url", elsewhere.jdbcUrl(),
                    "spring.datasource.username", elsewhere.username(), "spring.datasource.password",
                    elsewhere.password(), "app.data-dir", data.toString(), "app.public-base-url", "http://127.0.0.1");
            try (NodeProcess node = NodeProcess.start("restored-" + run, properties, Map.of())) {
                node.awaitUp();
                await().atMost(Duration.ofSeconds(90)).until(() -> node.get("/test-driver/search", Map.of(
                        "organiser", organiser.contact(), "contest", String.valueOf(contest.id()),
                        "text", "kho lanh hat de " + run)).lines().toList(), ids -> ids.contains(
                                String.valueOf(idea.id())));
            }
        } finally {
            elsewhere.close();
        }
    }

    private static String environmentName(String property) {
        return property.toUpperCase().replace('.', '_');
    }

    static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name", String.class)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
        }
        return counts;
    }

    record Result(int exit, String output) {
    }

    /** Runs a script of docker/ as an operator would, with this environment and the client tools of the server. */
    static Result script(String name, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("docker", name).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("APP_") || k.startsWith("SPRING_"));
        Path embeddedTools = Path.of("target", "test-mariadb", "base", "bin").toAbsolutePath();
        if (System.getenv("TEST_MARIADB_URL") == null && Files.isExecutable(embeddedTools.resolve("mariadb-dump"))) {
            builder.environment().put("MARIADB_BIN_DIR", embeddedTools.toString());
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(name + " did not finish within five minutes");
        }
        return new Result(process.exitValue(), output);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
