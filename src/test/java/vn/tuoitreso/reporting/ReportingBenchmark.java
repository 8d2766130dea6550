package vn.tuoitreso.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.tuoitreso.Application;
import vn.tuoitreso.certificate.CertificateTallies;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.contest.ContestTallies;
import vn.tuoitreso.identity.Members;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.learning.LearningTallies;
import vn.tuoitreso.quiz.QuizTallies;
import vn.tuoitreso.scale.ScaleData;
import vn.tuoitreso.scale.ScaleSize;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.shared.export.Column;
import vn.tuoitreso.shared.export.ExportDownload;
import vn.tuoitreso.shared.export.Exports;
import vn.tuoitreso.shared.export.Rows;
import vn.tuoitreso.shared.export.Sheet;

/**
 * Times the reports' queries on a database of a province's size (a benchmark that prints figures, not a test):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.args="--size=full --app.data-dir=./data-scale --spring.profiles.active=demo"
 * ./mvnw -q test-compile exec:java@reporting-benchmark \
 *     -Dexec.args="--app.data-dir=./data-scale --spring.profiles.active=demo"
 * </pre>
 *
 * <p>The first command is the scale data generator (README "Capacity"); {@code --generate=<size>} here fills an
 * empty database the same way first. It starts the platform on that database, runs every aggregate query, the
 * dashboard (province, one district, one course) and the emulation table over the generated year, {@code
 * --rounds=} times (default 5) after one warm-up, and prints the median and the slowest of each, beside a
 * baseline measured in the same run: counting every row of the tables they read ({@code COUNT(*)}), and the
 * plans MariaDB chose. Then it writes each export once — every learner's progress in the province, the
 * certificates of the course with the most, and their ZIP — and prints its time, size and peak heap.
 */
public final class ReportingBenchmark {

    private ReportingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        String generate = null;
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(arg.substring("--rounds=".length()));
            } else if (arg.startsWith("--generate=")) {
                generate = arg.substring("--generate=".length());
            } else {
                springArgs.add(arg);
            }
        }
        SpringApplication platform = new SpringApplication(Application.class);
        platform.setDefaultProperties(Map.of("server.port", "0", "server.address", "127.0.0.1"));
        int status = 0;
        try (ConfigurableApplicationContext context = platform.run(springArgs.toArray(String[]::new))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            if (generate != null) {
                String hash = context.getBean(PasswordEncoder.class).encode("HocVien@2026");
                System.out.print(new ScaleData(context.getBean(DataSource.class), hash, "quymo", true, 2026)
                        .generate(ScaleSize.of(generate)).describe());
            }
            run(context, jdbc, rounds);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(ConfigurableApplicationContext context, JdbcTemplate jdbc, int rounds) {
        Reports reports = context.getBean(Reports.class);
        LearningTallies learning = context.getBean(LearningTallies.class);
        QuizTallies quizzes = context.getBean(QuizTallies.class);
        CertificateTallies certificates = context.getBean(CertificateTallies.class);
        ContestTallies contest = context.getBean(ContestTallies.class);
        Members members = context.getBean(Members.class);
        System.out.printf("Rows: %,d accounts, %,d enrolments (%,d completed), %,d lessons done, %,d attempts, "
                + "%,d certificates, %,d ideas, %,d units%n", count(jdbc, "identity_account"),
                count(jdbc, "learning_enrolment"),
                jdbc.queryForObject("SELECT COUNT(*) FROM learning_enrolment WHERE completed_at IS NOT NULL",
                        Long.class),
                count(jdbc, "learning_completion"), count(jdbc, "quiz_attempt"),
                count(jdbc, "certificate_certificate"), count(jdbc, "contest_submission"),
                count(jdbc, "identity_unit"));
        Integer year = jdbc.queryForObject("SELECT COALESCE(YEAR(MAX(enrolled_at)), YEAR(NOW())) FROM "
                + "learning_enrolment", Integer.class);
        ReportPeriod period = ReportPeriod.yearOf(LocalDate.of(year == null ? 2026 : year, 1, 1));
        Instant from = period.start();
        Instant until = period.end();
        List<UnitSummary> tree = SystemTasks.runAsSystem(reports::units);
        long district = tree.stream().filter(u -> u.depth() == 1).findFirst().orElse(tree.get(0)).id();
        long course = SystemTasks.runAsSystem(reports::courses).keySet().iterator().next();
        System.out.printf("Period %s to %s, %d rounds after a warm-up; times in ms (median / slowest)%n",
                period.from(), period.to(), rounds);

        List<Object[]> lines = new ArrayList<>();
        lines.add(time("baseline: COUNT(*) of enrolments, attempts, certificates, ideas", rounds,
                () -> count(jdbc, "learning_enrolment") + count(jdbc, "quiz_attempt")
                        + count(jdbc, "certificate_certificate") + count(jdbc, "contest_submission")));
        lines.add(time("members per unit", rounds, () -> members.perUnit(until)));
        lines.add(time("enrolments by unit, course, month", rounds, () -> learning.enrolments(from, until, null)));
        lines.add(time("completions by unit, course, month", rounds, () -> learning.completions(from, until, null)));
        lines.add(time("learners who completed a course, by unit", rounds, () -> learning.completers(from, until)));
        lines.add(time("quiz attempts and passes", rounds, () -> quizzes.attempts(from, until, null)));
        lines.add(time("certificates", rounds, () -> certificates.issued(from, until, null)));
        lines.add(time("contest ideas", rounds, () -> contest.ideas(from, until)));
        lines.add(time("contest participants", rounds, () -> contest.participants(from, until)));
        lines.add(time("dashboard, whole province", rounds,
                () -> reports.dashboard(new ReportFilter(null, null, period))));
        lines.add(time("dashboard, one district", rounds,
                () -> reports.dashboard(new ReportFilter(district, null, period))));
        lines.add(time("dashboard, one course", rounds,
                () -> reports.dashboard(new ReportFilter(null, course, period))));
        lines.add(time("emulation table, province", rounds, () -> reports.emulation(null, period)));
        double baseline = (double) lines.get(0)[1];
        for (Object[] line : lines) {
            System.out.printf("  %-52s %9.1f / %9.1f   (%.2f× the baseline)%n", line[0], line[1], line[2],
                    (double) line[1] / baseline);
        }
        exports(context, jdbc, reports, period);
        System.out.println("Plans:");
        explain(jdbc, "enrolments", "SELECT m.unit_id, e.course_id, COUNT(*) FROM learning_enrolment e JOIN "
                + "identity_member m ON m.account_id = e.account_id WHERE e.enrolled_at >= ? AND e.enrolled_at < ? "
                + "GROUP BY m.unit_id, e.course_id", from, until);
        explain(jdbc, "certificates", "SELECT m.unit_id, c.course_id, COUNT(*) FROM certificate_certificate c JOIN "
                + "identity_member m ON m.account_id = c.account_id WHERE c.issued_at >= ? AND c.issued_at < ? "
                + "AND c.revoked_at IS NULL GROUP BY m.unit_id, c.course_id", from, until);
    }

    /**
     * The exports, each written once to a stream that only counts its bytes: the time, the size, and the heap's
     * peak while it was written (the heap pools' peaks since a collection and a reset, so an upper bound).
     */
    private static void exports(ConfigurableApplicationContext context, JdbcTemplate jdbc, Reports reports,
            ReportPeriod period) {
        Certificates certificates = context.getBean(Certificates.class);
        long course = jdbc.queryForObject("SELECT course_id FROM certificate_certificate WHERE course_id IS NOT NULL"
                + " GROUP BY course_id ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        long valid = jdbc.queryForObject("SELECT COUNT(*) FROM certificate_certificate WHERE course_id = ?"
                + " AND revoked_at IS NULL", Long.class, course);
        ReportFilter province = new ReportFilter(null, null, period);
        Sheet progress = new Sheet("progress", List.of(Column.text("name"), Column.text("unit"),
                Column.number("enrolled"), Column.number("completed"), Column.number("lessons"),
                Column.number("quizzes"), Column.number("certificates")),
                Rows.keyed(1000, (after, size) -> reports.progress(province, after, size),
                        LearnerProgress::accountId, p -> List.of(p.fullName(), p.unit(), p.enrolments(),
                                p.completions(), p.lessonsDone(), p.quizzesPassed(), p.certificates())));
        Sheet issued = new Sheet("certificates", List.of(Column.text("holder"), Column.text("unit"),
                Column.text("code"), Column.text("issued")),
                Rows.paged(500, page -> certificates.listingOfCourse(course, page),
                        l -> List.of(l.certificate().holderName(), l.unit(), l.certificate().code(),
                                l.certificate().issuedAt().toString())));
        System.out.println("Exports, each once (ms, bytes, peak heap while writing):");
        export("learners' progress, province, CSV", out -> Exports.csv(progress, out));
        export("learners' progress, province, XLSX", out -> Exports.xlsx(progress, out));
        export("certificates of the largest course, CSV", out -> Exports.csv(issued, out));
        export("certificates of the largest course, XLSX", out -> Exports.xlsx(issued, out));
        export("certificate ZIP of the largest course (" + valid + " PDFs)",
                out -> certificates.zipOfCourse(course, out));
    }

    private static void export(String name, ExportDownload.Content content) {
        long[] bytes = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        SystemTasks.runAsSystem(() -> {
            try {
                content.writeTo(counting);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        double ms = (System.nanoTime() - start) / 1e6;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("  %-52s %9.0f ms %,13d bytes   heap %,d MB before, peak %,d MB%n", name, ms, bytes[0],
                before >> 20, peak >> 20);
    }

    private static Object[] time(String name, int rounds, Supplier<?> query) {
        SystemTasks.runAsSystem(query);
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            SystemTasks.runAsSystem(query);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Object[] {name, ms[rounds / 2], ms[rounds - 1]};
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    private static void explain(JdbcTemplate jdbc, String name, String sql, Instant from, Instant until) {
        jdbc.query("EXPLAIN " + sql, rs -> {
            System.out.printf("  %-13s %-6s %-22s %-40s rows≈%s %s%n", name, rs.getString("table"),
                    rs.getString("type"), rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
        }, java.time.LocalDateTime.ofInstant(from, java.time.ZoneOffset.UTC),
                java.time.LocalDateTime.ofInstant(until, java.time.ZoneOffset.UTC));
    }
}
