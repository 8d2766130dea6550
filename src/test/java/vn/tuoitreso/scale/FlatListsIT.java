package vn.tuoitreso.scale;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.contest.SubmissionFilter;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.identity.AccountQuery;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseAssets;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.Enrolments;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.learning.LessonPage;
import vn.tuoitreso.learning.LessonSummary;
import vn.tuoitreso.learning.MyCourse;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

/**
 * The organisers' lists cost the same number of SQL statements for a page whatever the size behind it, a
 * learner's home page the same for one course as for three, and a lesson page reads neither the other lessons'
 * bodies nor the handouts' bytes. Statements are counted by the
 * database itself ({@code Questions} of the connection's session), inside one transaction so that every
 * statement of the service — JPA and plain JDBC alike — goes through that one connection.
 */
@PlatformTest
class FlatListsIT {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired EntityManagerFactory entityManagers;
    @Autowired Submissions submissions;
    @Autowired Certificates certificates;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired CourseAuthoring authoring;
    @Autowired CourseAssets assets;
    @Autowired Enrolments enrolments;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private record Counted<T>(T result, long statements) {
    }

    /** Runs the work in one transaction and counts the statements the database received for it. */
    private <T> Counted<T> counted(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long before = questions(jdbc);
            T result = work.get();
            // the second reading counts itself once
            return new Counted<>(result, questions(jdbc) - before - 1);
        });
    }

    private static long questions(JdbcTemplate jdbc) {
        return jdbc.query("SHOW SESSION STATUS LIKE 'Questions'", rs -> {
            rs.next();
            return rs.getLong(2);
        });
    }

    private ScaleData.Report generated(int learners, int ideas, int certificates) throws Exception {
        String tag = "f" + UUID.randomUUID().toString().substring(0, 8);
        return new ScaleData(dataSource, "x", tag, false, learners)
                .generate(new ScaleSize(learners, learners * 20, learners, ideas, certificates));
    }

    private void loginAs(Role role) {
        TestAccounts.login(users, new TestAccounts(accounts, units).create(TestAccounts.uniqueName("Ban tổ chức"),
                role));
    }

    @Test
    void a_page_of_submissions_costs_the_same_statements_for_three_ideas_as_for_three_hundred() throws Exception {
        ScaleData.Report small = generated(20, 3, 0);
        ScaleData.Report large = generated(400, 300, 0);
        loginAs(Role.ORGANISER);

        Counted<List<SubmissionRow>> few = counted(() -> submissions.page(SubmissionFilter.all(small.contestId()), 0, 50));
        Counted<List<SubmissionRow>> many = counted(() -> submissions.page(SubmissionFilter.all(large.contestId()), 0, 50));
        Counted<Long> count = counted(() -> submissions.count(SubmissionFilter.all(large.contestId())));

        assertThat(few.result()).hasSize(3);
        assertThat(many.result()).hasSize(50);
        assertThat(many.statements()).isEqualTo(few.statements()).isLessThanOrEqualTo(6);
        assertThat(count.result()).isEqualTo(300);
        assertThat(count.statements()).isEqualTo(1);
        // the same rows as the whole list, the most recently changed first
        java.util.Map<Long, SubmissionRow> whole = submissions.list(SubmissionFilter.all(large.contestId())).stream()
                .collect(java.util.stream.Collectors.toMap(SubmissionRow::id, r -> r));
        assertThat(many.result()).allSatisfy(row -> assertThat(row).isEqualTo(whole.get(row.id())));
        assertThat(many.result()).extracting(SubmissionRow::updatedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(submissions.page(SubmissionFilter.all(large.contestId()), 290, 50)).hasSize(10);
    }

    @Test
    void a_page_of_certificates_costs_the_same_statements_whatever_the_course_holds() throws Exception {
        generated(800, 0, 700);
        loginAs(Role.ORGANISER);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Long> byCount = jdbc.queryForList(
                "SELECT course_id FROM certificate_certificate GROUP BY course_id ORDER BY COUNT(*)", Long.class);
        long fewest = byCount.get(0);
        long most = byCount.get(byCount.size() - 1);

        Counted<List<CertificateSummary>> few = counted(() -> certificates.ofCourse(fewest, 0, 50));
        Counted<List<CertificateSummary>> many = counted(() -> certificates.ofCourse(most, 0, 50));

        assertThat(many.result()).hasSize(50);
        assertThat(many.statements()).isEqualTo(few.statements()).isLessThanOrEqualTo(2);
        // the holders in the order of the whole list (the database's Vietnamese collation)
        assertThat(many.result()).extracting(CertificateSummary::holderName).containsExactlyElementsOf(
                certificates.ofCourse(most).stream().limit(50).map(CertificateSummary::holderName).toList());
    }

    @Test
    void a_page_of_accounts_costs_the_same_statements_and_the_search_finds_names_without_diacritics()
            throws Exception {
        generated(300, 0, 0);
        loginAs(Role.ADMIN);
        AccountSummary lua = new TestAccounts(accounts, units).create(TestAccounts.uniqueName("Đặng Thị Lụa"));
        String unique = lua.fullName().substring(lua.fullName().lastIndexOf(' ') + 1);

        Counted<List<AccountSummary>> all = counted(() -> accounts.find(AccountQuery.all(), 0, 50));
        Counted<List<AccountSummary>> found = counted(() -> accounts.find(new AccountQuery("dang lua", null, null),
                0, 50));

        assertThat(all.result()).hasSize(50);
        assertThat(found.result()).extracting(AccountSummary::id).contains(lua.id());
        assertThat(all.statements()).isEqualTo(found.statements()).isLessThanOrEqualTo(3);
        assertThat(accounts.find(new AccountQuery("lua " + unique.toUpperCase(java.util.Locale.ROOT), null, null), 0, 50))
                .extracting(AccountSummary::id).containsExactly(lua.id());
        assertThat(accounts.find(new AccountQuery(lua.contact(), null, null), 0, 50)).extracting(AccountSummary::id)
                .containsExactly(lua.id());
        assertThat(accounts.find(new AccountQuery("ặng thị", null, null), 0, 50)).extracting(AccountSummary::id)
                .as("words are found from their start, not inside").doesNotContain(lua.id());
    }

    @Test
    void a_lesson_page_reads_its_own_body_only_and_no_handout_bytes() {
        loginAs(Role.ORGANISER);
        CourseSummary course = authoring.create(new CourseDraft("Khóa quy mô " + System.nanoTime(), "Giới thiệu",
                List.of("Thử nghiệm"), CourseLevel.BASIC, 30));
        long section = authoring.outline(course.id()).sections().get(0).id();
        for (int i = 1; i <= 6; i++) {
            authoring.addLesson(section, new LessonDraft("Bài " + i, "## Bài " + i + "\n\nNội dung bài " + i + ".",
                    10, null));
        }
        long second = authoring.outline(course.id()).lessons().get(1).id();
        String secondSlug = authoring.outline(course.id()).lessons().get(1).slug();
        assets.uploadHandout(second, "tai-lieu.pdf", ("%PDF-1.4 " + "x".repeat(100_000)).getBytes());
        authoring.publish(course.id(), true);
        TestAccounts.login(users, new TestAccounts(accounts, units).create(TestAccounts.uniqueName("Học viên")));

        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            LessonPage page = enrolments.open(course.slug(), secondSlug);

            assertThat(page.html()).contains("Nội dung bài 2");
            assertThat(page.handouts()).hasSize(1);
            assertThat(statistics.getEntityStatistics("vn.tuoitreso.learning.course.Lesson").getLoadCount())
                    .as("lessons loaded with their bodies").isEqualTo(1);
            assertThat(statistics.getEntityStatistics("vn.tuoitreso.learning.course.Asset").getLoadCount())
                    .as("files loaded with their bytes").isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void a_learner_s_home_costs_the_same_statements_for_one_course_as_for_three() {
        loginAs(Role.ORGANISER);
        List<CourseSummary> published = new ArrayList<>();
        List<List<LessonSummary>> lessons = new ArrayList<>();
        for (int c = 1; c <= 3; c++) {
            CourseSummary course = authoring.create(new CourseDraft("Khóa trang chủ " + c + " " + System.nanoTime(),
                    "Giới thiệu", List.of("Thử nghiệm"), CourseLevel.BASIC, 30));
            long section = authoring.outline(course.id()).sections().get(0).id();
            for (int i = 1; i <= 3; i++) {
                authoring.addLesson(section, new LessonDraft("Bài " + i, "Nội dung bài " + i + ".", 10, null));
            }
            authoring.publish(course.id(), true);
            published.add(course);
            lessons.add(authoring.outline(course.id()).lessons());
        }
        try {
            homeCostsTheSame(published, lessons);
        } finally {
            // the scale generator of the other tests spreads its learners over every published course
            loginAs(Role.ORGANISER);
            published.forEach(course -> authoring.publish(course.id(), false));
        }
    }

    private void homeCostsTheSame(List<CourseSummary> published, List<List<LessonSummary>> lessons) {
        TestAccounts.login(users, new TestAccounts(accounts, units).create(TestAccounts.uniqueName("Học viên")));
        enrolments.enrol(published.get(0).id());
        Counted<List<MyCourse>> one = counted(enrolments::myCourses);
        enrolments.complete(lessons.get(0).get(0).id());
        enrolments.enrol(published.get(1).id());
        enrolments.enrol(published.get(2).id());
        Counted<List<MyCourse>> three = counted(enrolments::myCourses);

        assertThat(one.result()).hasSize(1);
        assertThat(three.result()).extracting(c -> c.course().id())
                .containsExactlyInAnyOrderElementsOf(published.stream().map(CourseSummary::id).toList());
        assertThat(three.statements()).isEqualTo(one.statements()).isLessThanOrEqualTo(4);
        MyCourse started = three.result().stream().filter(c -> c.course().id() == published.get(0).id())
                .findFirst().orElseThrow();
        assertThat(started.progress().completedLessons()).isEqualTo(1);
        assertThat(started.progress().totalLessons()).isEqualTo(3);
        assertThat(started.course().lessonCount()).isEqualTo(3);
        assertThat(started.continueWith()).isEqualTo(lessons.get(0).get(1));
    }
}
