package vn.tuoitreso.scale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import tools.jackson.databind.json.JsonMapper;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.SentRevision;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.account.SearchWords;

/**
 * Fills a migrated database that holds the seed content (units, courses, quizzes) with a province's worth of
 * learners and their traces: enrolments, lessons done, quiz attempts, certificates, and a contest with its ideas,
 * attachments and extracted texts. Written straight with multi-row inserts (see {@link BulkInsert}), with IDs
 * counted on from the highest present, so nothing else may write to these tables while it runs.
 * Deterministic: the same seed and size give the same rows (timestamps count from a fixed day).
 *
 * <p>Learner {@code n} (from 1) logs in with {@link #login(String, int, boolean)} and the one password whose
 * hash is given, so that a load test can log in as any of them.
 */
public final class ScaleData {

    /** The first day of the generated year; every timestamp counts from it. */
    static final Instant BASE = Instant.parse("2026-01-05T01:00:00Z");
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();

    private final DataSource dataSource;
    private final String passwordHash;
    private final String tag;
    private final boolean phones;
    private final Random random;
    /** Codes are unique in the whole database: a second generated set (another tag) draws other ones. */
    private final Random codes;
    private final ProvinceWords words;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param passwordHash the stored hash every generated learner shares (hashing 100 000 passwords would take
     *                     hours with Argon2id)
     * @param tag          the e-mail domain's first label, {@code hv123@<tag>.tuoitreso.vn}; a test uses its own
     * @param phones       whether two learners in five log in by a mobile number instead of an e-mail (their
     *                     numbers are {@code 086} and seven digits, so only one generated set per database)
     */
    public ScaleData(DataSource dataSource, String passwordHash, String tag, boolean phones, long seed) {
        this.dataSource = dataSource;
        this.passwordHash = passwordHash;
        this.tag = tag;
        this.phones = phones;
        this.random = new Random(seed);
        this.codes = new Random(seed * 31 + tag.hashCode());
        this.words = new ProvinceWords(random);
    }

    /** How learner {@code n} (from 1) logs in. */
    public static String login(String tag, int n, boolean phones) {
        if (phones && n % 5 < 2) {
            return String.format("086%07d", n);
        }
        return String.format("hv%06d@%s.tuoitreso.vn", n, tag);
    }

    /** What was written and how long it took; {@code contestId} is the generated contest. */
    public record Report(Duration took, Map<String, Long> rows, long contestId, long firstAccountId) {

        public String describe() {
            StringBuilder text = new StringBuilder("Scale data written in %.1f s:%n".formatted(took.toMillis() / 1000.0));
            rows.forEach((table, count) -> text.append("  %-30s %,12d%n".formatted(table, count)));
            return text.toString();
        }
    }

    private record Course(long id, String title, long[] lessons, long quizId, int passPercent, int attemptsAllowed,
            int slots, long[] questions) {
    }

    private record Unit(long id, String name) {
    }

    public Report generate(ScaleSize size) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement session = connection.createStatement()) {
                // consistent by construction; the checks would only slow the inserts down
                session.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            refuseSecondRun(connection);
            List<Unit> units = units(connection);
            List<Course> courses = courses(connection);
            Map<String, Long> rows = new LinkedHashMap<>();
            long firstAccount = nextId(connection, "identity_account");
            Learners learners = writeLearners(connection, size, units, firstAccount, rows);
            writeLearning(connection, size, courses, learners, rows);
            long contestId = writeContest(connection, size, learners, rows);
            try (Statement session = connection.createStatement()) {
                session.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
            }
            return new Report(Duration.ofNanos(System.nanoTime() - start), rows, contestId, firstAccount);
        }
    }

    private void refuseSecondRun(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM identity_account WHERE email = ?")) {
            statement.setString(1, login(tag, 1, false));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("This database already holds the learners of tag '" + tag
                            + "': use a fresh data directory or another tag");
                }
            }
        }
    }

    // ---- reference data: what the seed content loaded ----

    private List<Unit> units(Connection connection) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT id, name FROM identity_unit WHERE seeded AND type <> 'PROVINCE' ORDER BY id")) {
            while (rs.next()) {
                units.add(new Unit(rs.getLong(1), rs.getString(2)));
            }
        }
        if (units.isEmpty()) {
            throw new IllegalStateException("No seeded units: start the platform once so it loads seed-content/");
        }
        return units;
    }

    private List<Course> courses(Connection connection) throws SQLException {
        List<Course> courses = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT c.id, c.title, q.id, q.pass_percent, q.attempts_allowed, q.draw_count,
                               (SELECT COUNT(*) FROM quiz_quiz_question qq WHERE qq.quiz_id = q.id)
                        FROM learning_course c
                        LEFT JOIN quiz_quiz q ON q.id = (SELECT MIN(id) FROM quiz_quiz WHERE course_id = c.id)
                        WHERE c.published ORDER BY c.display_order, c.id""")) {
            while (rs.next()) {
                long courseId = rs.getLong(1);
                int drawn = rs.getInt(6);
                int fixed = rs.getInt(7);
                courses.add(new Course(courseId, rs.getString(2), null, rs.getLong(3), rs.getInt(4), rs.getInt(5),
                        drawn > 0 ? drawn : fixed, null));
            }
        }
        List<Course> complete = new ArrayList<>();
        for (Course course : courses) {
            long[] lessons = ids(connection,
                    "SELECT l.id FROM learning_lesson l JOIN learning_section s ON s.id = l.section_id"
                            + " WHERE l.course_id = " + course.id() + " ORDER BY s.position, l.position");
            long[] questions = ids(connection, "SELECT id FROM quiz_question WHERE course_id = " + course.id()
                    + " ORDER BY id");
            if (lessons.length == 0) {
                continue;
            }
            boolean quiz = course.quizId() > 0 && questions.length > 0;
            complete.add(new Course(course.id(), course.title(), lessons, quiz ? course.quizId() : 0,
                    course.passPercent(), course.attemptsAllowed(), Math.min(course.slots(), questions.length),
                    questions));
        }
        if (complete.isEmpty()) {
            throw new IllegalStateException("No published course: start the platform once so it loads seed-content/");
        }
        return complete;
    }

    private static long[] ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- learners ----

    private record Learners(long firstId, String[] names, long[] unitIds, String[] unitNames, Instant[] joined) {
        int count() {
            return names.length;
        }
    }

    private Learners writeLearners(Connection connection, ScaleSize size, List<Unit> units, long firstId,
            Map<String, Long> rows) throws SQLException {
        int n = size.learners();
        String[] names = new String[n];
        long[] unitIds = new long[n];
        String[] unitNames = new String[n];
        Instant[] joined = new Instant[n];
        try (BulkInsert accounts = new BulkInsert(connection, "identity_account", "id", "full_name", "email",
                "phone", "password_hash", "birth_year", "unit_id", "language", "enabled", "demo", "created_at",
                "version");
                BulkInsert roles = new BulkInsert(connection, "identity_account_role", "account_id", "role");
                BulkInsert searchWords = new BulkInsert(connection, "identity_account_search", "account_id", "word")) {
            for (int i = 0; i < n; i++) {
                // communes differ in size: the first units of the list (wards, big communes) hold more members
                Unit unit = units.get((int) (Math.pow(random.nextDouble(), 1.6) * units.size()));
                names[i] = words.fullName();
                unitIds[i] = unit.id();
                unitNames[i] = unit.name();
                joined[i] = BASE.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 120)));
                String login = login(tag, i + 1, phones);
                boolean byPhone = !login.contains("@");
                accounts.add(firstId + i, names[i], byPhone ? null : login, byPhone ? login : null, passwordHash,
                        1990 + random.nextInt(20), unit.id(), random.nextInt(20) == 0 ? "en" : "vi", true, false,
                        joined[i], 0);
                roles.add(firstId + i, "LEARNER");
                for (String word : SearchWords.of(names[i], byPhone ? null : login, byPhone ? login : null)) {
                    searchWords.add(firstId + i, word);
                }
            }
            rows.put("identity_account", accounts.written());
            rows.put("identity_account_role", roles.written());
            rows.put("identity_account_search", searchWords.written());
        }
        return new Learners(firstId, names, unitIds, unitNames, joined);
    }

    // ---- enrolments, lessons done, attempts, certificates ----

    private void writeLearning(Connection connection, ScaleSize size, List<Course> courses, Learners learners,
            Map<String, Long> rows) throws SQLException {
        int n = learners.count();
        double[] popularity = new double[courses.size()];
        double weights = 0;
        double weightedLessons = 0;
        for (int c = 0; c < popularity.length; c++) {
            popularity[c] = 1.0 / (1 + 0.3 * c);
            weights += popularity[c];
            weightedLessons += popularity[c] * courses.get(c).lessons().length;
        }
        // the lessons of an enrolment as the popular courses weigh in (a short course first means more enrolments)
        double averageLessons = weightedLessons / weights;
        // enough enrolments that three in four lessons of the unfinished ones cover the completions
        double perLearner = Math.clamp(size.completions() / (double) n / (averageLessons * 0.75) + 0.5, 1,
                courses.size());
        List<int[]> plan = new ArrayList<>(); // {learner, course}
        for (int learner = 0; learner < n; learner++) {
            int k = (int) Math.clamp(Math.round(perLearner + random.nextGaussian()), 1, courses.size());
            Set<Integer> taken = new HashSet<>();
            while (taken.size() < k) {
                taken.add(weighted(popularity));
            }
            for (int course : taken.stream().sorted().toList()) {
                plan.add(new int[] {learner, course});
            }
        }
        int enrolments = plan.size();
        int[] done = new int[enrolments];
        int[] cap = new int[enrolments];
        boolean[] certified = new boolean[enrolments];
        int[] order = shuffled(enrolments);
        int certificates = Math.min(size.certificates(), enrolments);
        long fixed = 0;
        for (int i = 0; i < certificates; i++) {
            int e = order[i];
            certified[e] = true;
            done[e] = courses.get(plan.get(e)[1]).lessons().length;
            cap[e] = done[e];
            fixed += done[e];
        }
        long capacity = 0;
        for (int e = 0; e < enrolments; e++) {
            if (!certified[e]) {
                cap[e] = courses.get(plan.get(e)[1]).lessons().length - 1;
                capacity += cap[e];
            }
        }
        long wanted = size.completions() - fixed;
        if (wanted < 0 || wanted > capacity) {
            throw new IllegalStateException("Cannot place " + size.completions() + " completions in " + enrolments
                    + " enrolments with " + certificates + " certificates");
        }
        // a spread, not everyone at the same fraction: uniform over [0, 2f] of each course, then made exact
        double fraction = capacity == 0 ? 0 : wanted / (double) capacity;
        long placed = fixed;
        for (int e = 0; e < enrolments; e++) {
            if (!certified[e]) {
                done[e] = (int) Math.min(cap[e], Math.floor(cap[e] * 2 * fraction * random.nextDouble() + 0.5));
                placed += done[e];
            }
        }
        while (placed < size.completions()) {
            int e = random.nextInt(enrolments);
            if (done[e] < cap[e]) {
                done[e]++;
                placed++;
            }
        }
        while (placed > size.completions()) {
            int e = random.nextInt(enrolments);
            if (!certified[e] && done[e] > 0) {
                done[e]--;
                placed--;
            }
        }
        int[] attempts = planAttempts(size, courses, plan, certified);

        long enrolmentId = nextId(connection, "learning_enrolment");
        long attemptId = nextId(connection, "quiz_attempt");
        long certificateId = nextId(connection, "certificate_certificate");
        Set<String> usedCodes = new HashSet<>();
        try (BulkInsert enrolmentRows = new BulkInsert(connection, "learning_enrolment", "id", "course_id",
                "account_id", "enrolled_at", "last_lesson_id", "last_visited_at", "completed_at", "version");
                BulkInsert completionRows = new BulkInsert(connection, "learning_completion", "enrolment_id",
                        "lesson_id", "completed_at");
                BulkInsert attemptRows = new BulkInsert(connection, "quiz_attempt", "id", "quiz_id", "account_id",
                        "number", "started_at", "deadline", "submitted_at", "score", "version");
                BulkInsert slotRows = new BulkInsert(connection, "quiz_attempt_slot", "attempt_id", "slot",
                        "question_id", "option_order", "response", "saved_at");
                BulkInsert certificateRows = new BulkInsert(connection, "certificate_certificate", "id", "code",
                        "account_id", "course_id", "holder_name", "course_title", "issued_at", "version")) {
            for (int e = 0; e < enrolments; e++) {
                int learner = plan.get(e)[0];
                Course course = courses.get(plan.get(e)[1]);
                long accountId = learners.firstId() + learner;
                long id = enrolmentId + e;
                Instant at = learners.joined()[learner].plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
                Instant enrolled = at;
                for (int l = 0; l < done[e]; l++) {
                    at = at.plus(Duration.ofMinutes(3 + random.nextInt(60 * 24 * 3)));
                    completionRows.add(id, course.lessons()[l], at);
                }
                for (int a = 1; a <= attempts[e]; a++) {
                    at = at.plus(Duration.ofMinutes(5 + random.nextInt(60 * 24)));
                    boolean last = a == attempts[e];
                    double pass = course.passPercent() / 100.0;
                    double score = certified[e] && last ? pass + (1 - pass) * random.nextDouble()
                            : 0.2 + 0.8 * random.nextDouble();
                    long attempt = attemptId++;
                    Instant submitted = at.plus(Duration.ofSeconds(120 + random.nextInt(900)));
                    attemptRows.add(attempt, course.quizId(), accountId, a, at, null, submitted,
                            Math.round(score * 1000) / 1000.0, 0);
                    int[] questions = shuffled(course.questions().length);
                    for (int s = 0; s < course.slots(); s++) {
                        slotRows.add(attempt, s, course.questions()[questions[s]], "", null, null);
                    }
                }
                Instant completed = certified[e] ? at : null;
                enrolmentRows.add(id, course.id(), accountId, enrolled,
                        course.lessons()[Math.min(done[e], course.lessons().length - 1)], at, completed, 0);
                if (certified[e]) {
                    certificateRows.add(certificateId++, code("TTS", usedCodes, 5, 5), accountId, course.id(),
                            learners.names()[learner], course.title(), completed, 0);
                }
            }
            rows.put("learning_enrolment", enrolmentRows.written());
            rows.put("learning_completion", completionRows.written());
            rows.put("quiz_attempt", attemptRows.written());
            rows.put("quiz_attempt_slot", slotRows.written());
            rows.put("certificate_certificate", certificateRows.written());
        }
    }

    /** Attempts per enrolment: one passed for each certificate, the rest spread within the allowed number. */
    private int[] planAttempts(ScaleSize size, List<Course> courses, List<int[]> plan, boolean[] certified) {
        int[] attempts = new int[plan.size()];
        int[] allowed = new int[plan.size()];
        long capacity = 0;
        long placed = 0;
        for (int e = 0; e < plan.size(); e++) {
            Course course = courses.get(plan.get(e)[1]);
            allowed[e] = course.quizId() == 0 ? 0 : course.attemptsAllowed() > 0 ? course.attemptsAllowed() : 3;
            capacity += allowed[e];
            if (certified[e] && allowed[e] > 0) {
                attempts[e] = 1;
                placed++;
            }
        }
        long wanted = Math.min(size.attempts(), capacity);
        while (placed < wanted) {
            int e = random.nextInt(plan.size());
            if (attempts[e] < allowed[e]) {
                attempts[e]++;
                placed++;
            }
        }
        return attempts;
    }

    // ---- a contest with its ideas ----

    private long writeContest(Connection connection, ScaleSize size, Learners learners, Map<String, Long> rows)
            throws SQLException {
        long contestId = nextId(connection, "contest_contest");
        long roundId = nextId(connection, "contest_round");
        long categoryId = nextId(connection, "contest_category");
        Instant created = BASE.plus(Duration.ofDays(20));
        Instant opens = BASE.plus(Duration.ofDays(30));
        Instant closes = BASE.plus(Duration.ofDays(120));
        try (BulkInsert contest = new BulkInsert(connection, "contest_contest", "id", "title", "rules", "min_age",
                "max_age", "max_team_size", "max_attachments", "max_attachment_mb", "max_total_mb", "published",
                "created_at", "version", "ideas_per_round");
                BulkInsert rounds = new BulkInsert(connection, "contest_round", "id", "contest_id", "name",
                        "submission_opens", "submission_closes", "review_opens", "review_closes", "position",
                        "version");
                BulkInsert categories = new BulkInsert(connection, "contest_category", "id", "contest_id", "name",
                        "position", "version")) {
            contest.add(contestId, "Ý tưởng sáng tạo ứng dụng chuyển đổi số (dữ liệu quy mô tỉnh)",
                    "Mỗi đoàn viên gửi một ý tưởng trong mỗi vòng, kèm tệp thuyết minh.", 16, 35, 5, 5, 20, 50, true,
                    created, 0, 1);
            rounds.add(roundId, contestId, "Vòng sơ khảo", opens, closes, closes.plus(Duration.ofDays(1)),
                    closes.plus(Duration.ofDays(30)), 0, 0);
            rounds.add(roundId + 1, contestId, "Vòng chung khảo", closes.plus(Duration.ofDays(31)),
                    closes.plus(Duration.ofDays(60)), closes.plus(Duration.ofDays(61)),
                    closes.plus(Duration.ofDays(90)), 1, 0);
            List<String> names = List.of("Học tập", "Lao động, sản xuất", "Công tác Đoàn và hoạt động xã hội");
            for (int i = 0; i < names.size(); i++) {
                categories.add(categoryId + i, contestId, names.get(i), i, 0);
            }
        }
        rows.put("contest_contest", 1L);
        long submissionId = nextId(connection, "contest_submission");
        long attachmentId = nextId(connection, "contest_attachment");
        long extractionId = nextId(connection, "documents_extraction");
        Set<String> usedCodes = new HashSet<>();
        int ideas = Math.min(size.ideas(), learners.count());
        int[] owners = shuffled(learners.count());
        try (BulkInsert submissions = new BulkInsert(connection, "contest_submission", "id", "contest_id",
                "round_id", "category_id", "owner_account_id", "unit_id", "code", "status", "title", "summary",
                "problem", "solution", "impact", "feasibility", "submitted_at", "updated_at", "revision", "version");
                BulkInsert revisions = new BulkInsert(connection, "contest_submission_revision", "submission_id",
                        "revision", "snapshot", "created_at");
                BulkInsert team = new BulkInsert(connection, "contest_team_member", "submission_id", "position",
                        "account_id", "full_name");
                BulkInsert attachments = new BulkInsert(connection, "contest_attachment", "id", "submission_id",
                        "file_name", "document_type", "sha256", "size_bytes", "uploaded_by", "uploaded_at");
                BulkInsert extractions = new BulkInsert(connection, "documents_extraction", "id", "reference",
                        "file_path", "status", "document_type", "text", "truncated", "attempts", "requested_at",
                        "finished_at", "version")) {
            for (int i = 0; i < ideas; i++) {
                int owner = owners[i];
                long id = submissionId + i;
                long category = categoryId + random.nextInt(3);
                String title = words.ideaTitle(learners.unitNames()[owner]);
                String summary = "Tóm tắt: " + words.paragraph(150, 600);
                String problem = words.paragraph(300, 1500);
                String solution = words.paragraph(400, 2500);
                String impact = words.paragraph(200, 800);
                String feasibility = words.paragraph(150, 600);
                Instant sent = opens.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 89)));
                List<TeamMember> members = new ArrayList<>();
                int extra = random.nextInt(4);
                for (int m = 0; m < extra; m++) {
                    members.add(new TeamMember(null, words.fullName()));
                }
                for (int m = 0; m < members.size(); m++) {
                    team.add(id, m, null, members.get(m).fullName());
                }
                List<SentRevision.File> files = new ArrayList<>();
                int fileCount = random.nextInt(10) < 7 ? 1 + (random.nextInt(5) == 0 ? 1 : 0) : 0;
                for (int f = 0; f < fileCount; f++) {
                    long attachment = attachmentId++;
                    boolean pdf = random.nextBoolean();
                    String text = words.paragraph(1500, 4500);
                    String sha = sha256(text + "#" + attachment);
                    String fileName = (f == 0 ? "thuyet-minh-y-tuong" : "ke-hoach-trien-khai") + (pdf ? ".pdf" : ".docx");
                    long bytes = 20_000 + random.nextInt(400_000);
                    attachments.add(attachment, id, fileName, pdf ? "PDF" : "DOCX", sha, bytes,
                            learners.firstId() + owner, sent.minus(Duration.ofMinutes(10)));
                    extractions.add(extractionId++, "contest-attachment:" + attachment,
                            sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha, "EXTRACTED",
                            pdf ? "PDF" : "DOCX", text, false, 1, sent.minus(Duration.ofMinutes(10)),
                            sent.minus(Duration.ofMinutes(9)), 0);
                    files.add(new SentRevision.File(attachment, fileName, sha, bytes));
                }
                IdeaDraft idea = new IdeaDraft(title, summary, problem, solution, impact, feasibility, category,
                        members);
                submissions.add(id, contestId, roundId, category, learners.firstId() + owner,
                        learners.unitIds()[owner], code("YT", usedCodes, 8), "SUBMITTED", title, summary, problem,
                        solution, impact, feasibility, sent, sent, 1, 0);
                revisions.add(id, 1, json.writeValueAsString(Map.of("idea", idea, "attachments", files)), sent);
            }
            rows.put("contest_submission", submissions.written());
            rows.put("contest_submission_revision", revisions.written());
            rows.put("contest_team_member", team.written());
            rows.put("contest_attachment", attachments.written());
            rows.put("documents_extraction", extractions.written());
        }
        return contestId;
    }

    // ---- small things ----

    private int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int[] shuffled(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    /** A code in the platform's form ({@code TTS-AB3CD-EF4GH}), from the seeded random, unique in this run. */
    private String code(String prefix, Set<String> taken, int... groups) {
        while (true) {
            StringBuilder code = new StringBuilder(prefix);
            for (int group : groups) {
                code.append('-');
                for (int i = 0; i < group; i++) {
                    code.append(CODE_ALPHABET[codes.nextInt(CODE_ALPHABET.length)]);
                }
            }
            if (taken.add(code.toString())) {
                return code.toString();
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
