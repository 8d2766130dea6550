package vn.tuoitreso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.LearningTallies;
import vn.tuoitreso.review.JudgingProgress;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

/**
 * The reports' figures on data counted by hand: a unit R under the province with sub-units A (and its own A1), B
 * and B2 (nobody, nothing), and the first quarter of 2025 in the province's time, whose edges fall at 17:00 UTC.
 */
@PlatformTest
class ReportsIT {

    /** 1 January 2025, 00:00 in Cao Bằng. */
    static final Instant JAN_1 = Instant.parse("2024-12-31T17:00:00Z");
    /** 31 March 2025, 23:59:59 in Cao Bằng: the last second of the quarter. */
    static final Instant MAR_31_LAST = Instant.parse("2025-03-31T16:59:59Z");
    /** 1 April 2025, 00:00 in Cao Bằng: the first instant after the quarter. */
    static final Instant APR_1 = Instant.parse("2025-03-31T17:00:00Z");
    static final ReportPeriod QUARTER = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    @Autowired Reports reports;
    @Autowired LearningTallies learningTallies;
    @Autowired JdbcTemplate jdbc;
    @Autowired Units units;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;

    long r;
    long a;
    long a1;
    long b;
    long b2;
    long c1;
    long c2;
    long k1;
    long k2;
    long panel;
    long r1;
    long x1;
    long x2;
    long y1;
    long y2;
    long z1;
    long z2;
    long z3;

    TestAccounts testAccounts;

    @BeforeEach
    void aQuarterOfActivityInFourUnits() {
        testAccounts = new TestAccounts(accounts, units);
        ReportingFixture f = new ReportingFixture(jdbc, units);
        r = f.unit(null, "Huyện Thử");
        a = f.unit(r, "Xã A");
        b = f.unit(r, "Xã B");
        b2 = f.unit(r, "Xã B2");
        a1 = f.unit(a, "Chi đoàn A1");
        Instant joined = Instant.parse("2024-06-01T00:00:00Z");
        r1 = f.member(r, joined, true);
        x1 = f.member(a, joined, true);
        x2 = f.member(a, joined, true);
        y1 = f.member(a1, joined, true);
        y2 = f.member(a1, joined, true);
        z1 = f.member(b, joined, true);
        z2 = f.member(b, joined, true);
        z3 = f.member(b, joined, true);
        f.member(b, joined, false); // disabled: not a member
        f.member(b, Instant.parse("2025-05-01T00:00:00Z"), true); // joined after the quarter

        c1 = f.course("Bán hàng trên sàn");
        c2 = f.course("Dịch vụ công trực tuyến");
        long q1 = f.quiz(c1, 70);
        f.enrolment(c1, x1, JAN_1, Instant.parse("2025-02-10T03:00:00Z"));
        f.enrolment(c1, x2, Instant.parse("2024-12-31T16:59:59Z"), MAR_31_LAST);
        f.enrolment(c2, x1, Instant.parse("2025-01-15T00:00:00Z"), APR_1);
        f.enrolment(c1, y1, Instant.parse("2025-02-01T00:00:00Z"), null);
        f.enrolment(c1, z1, MAR_31_LAST, null);
        f.enrolment(c1, z2, APR_1, null);
        f.enrolment(c2, r1, Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-02T00:00:00Z"));

        f.attempt(q1, x1, Instant.parse("2025-01-10T00:00:00Z"), 0.5);
        f.attempt(q1, x1, Instant.parse("2025-01-20T00:00:00Z"), 0.8);
        f.attempt(q1, y1, Instant.parse("2025-02-05T00:00:00Z"), 0.7); // exactly the pass mark
        f.attempt(q1, z1, APR_1, 0.9);
        f.attempt(q1, z1, null, null); // still open

        long l1 = f.lesson(c1);
        long l2 = f.lesson(c1);
        f.lessonDone(l1, x1, Instant.parse("2025-02-01T00:00:00Z"));
        f.lessonDone(l2, x1, APR_1);
        f.lessonDone(l1, y1, JAN_1);

        f.certificate(x1, c1, Instant.parse("2025-02-10T03:00:00Z"), null);
        f.certificate(x2, c1, MAR_31_LAST, null);
        f.certificate(r1, c2, Instant.parse("2025-03-02T00:00:00Z"), null);
        f.certificate(z1, c2, Instant.parse("2025-02-01T00:00:00Z"), Instant.parse("2025-02-05T00:00:00Z"));
        f.certificate(z3, c1, Instant.parse("2025-04-02T00:00:00Z"), null);

        long contest = f.contest("Ý tưởng thử");
        k1 = f.category(contest, "Học tập");
        k2 = f.category(contest, "Lao động");
        long round = f.round(contest, "Vòng một");
        long i1 = f.idea(contest, round, k1, x1, a, "SUBMITTED", 1, Instant.parse("2025-01-05T00:00:00Z"));
        long i2 = f.idea(contest, round, k1, x2, a, "SUBMITTED", 2, Instant.parse("2025-02-05T00:00:00Z"));
        f.idea(contest, round, k2, x2, a, "SUBMITTED", 1, Instant.parse("2025-02-06T00:00:00Z"));
        f.idea(contest, round, k2, z1, b, "WITHDRAWN", 1, Instant.parse("2025-02-07T00:00:00Z"));
        f.idea(contest, round, null, z2, b, "SUBMITTED", 1, Instant.parse("2025-03-10T00:00:00Z"));
        f.idea(contest, round, k1, z3, b, "DRAFT", 0, null);
        panel = f.panel(contest, round);
        f.assignment(panel, i1, z3, "SUBMITTED");
        f.assignment(panel, i2, z3, "DRAFT");
        f.assignment(panel, i1, r1, "CONFLICT");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_dashboard_counts_each_sub_unit_with_its_own_sub_units_inside_the_quarter_in_province_time() {
        Dashboard d = SystemTasks.runAsSystem(() -> reports.dashboard(new ReportFilter(r, null, QUARTER)));

        assertThat(d.scopeName()).startsWith("Huyện Thử");
        assertThat(d.units()).extracting(Dashboard.UnitLine::unitId).containsExactly(r, a, b, b2);
        Dashboard.UnitLine own = d.units().get(0);
        assertThat(own.own()).isTrue();
        assertThat(own.members()).isEqualTo(1);
        assertThat(own.figures()).isEqualTo(new Figures(1, 1, 0, 0, 1, 0));
        Dashboard.UnitLine lineA = d.units().get(1);
        assertThat(lineA.members()).isEqualTo(4);
        assertThat(lineA.figures()).isEqualTo(new Figures(3, 2, 3, 2, 2, 3));
        Dashboard.UnitLine lineB = d.units().get(2);
        assertThat(lineB.members()).isEqualTo(3);
        assertThat(lineB.figures()).isEqualTo(new Figures(1, 0, 0, 0, 0, 1));
        assertThat(lineB.idle()).isFalse();
        Dashboard.UnitLine lineB2 = d.units().get(3);
        assertThat(lineB2.members()).isZero();
        assertThat(lineB2.idle()).isTrue();

        assertThat(d.total()).isEqualTo(new Figures(5, 3, 3, 2, 3, 4));
        assertThat(d.total().passRate()).isCloseTo(66.67, within(0.01));
        assertThat(line(d.courses(), c1).figures()).isEqualTo(new Figures(3, 2, 3, 2, 2, 0));
        assertThat(line(d.courses(), c2).figures()).isEqualTo(new Figures(2, 1, 0, 0, 1, 0));
        assertThat(d.months()).extracting(Dashboard.Line::name).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(d.months()).extracting(Dashboard.Line::figures).containsExactly(new Figures(2, 0, 2, 1, 0, 1),
                new Figures(1, 1, 1, 1, 1, 2), new Figures(2, 2, 0, 0, 2, 1));
        assertThat(line(d.categories(), k1).figures().ideas()).isEqualTo(2);
        assertThat(line(d.categories(), k2).figures().ideas()).isEqualTo(1);
        assertThat(line(d.categories(), 0).figures().ideas()).isEqualTo(1);
        assertThat(d.categories()).hasSize(3);
        JudgingProgress progress = d.judging().stream().filter(p -> p.panelId() == panel).findFirst().orElseThrow();
        assertThat(progress.roundName()).isEqualTo("Vòng một");
        assertThat(List.of(progress.assignments(), progress.scored(), progress.open(), progress.conflicts()))
                .containsExactly(3L, 1L, 1L, 1L);
        assertThat(progress.percentDone()).isCloseTo(66.67, within(0.01));
    }

    @Test
    void a_course_and_a_sub_unit_narrow_the_dashboard() {
        Dashboard course = SystemTasks.runAsSystem(() -> reports.dashboard(new ReportFilter(r, c1, QUARTER)));
        assertThat(course.total()).isEqualTo(new Figures(3, 2, 3, 2, 2, 4));
        assertThat(course.courses()).extracting(Dashboard.Line::id).containsExactly(c1);

        Dashboard unitA = SystemTasks.runAsSystem(() -> reports.dashboard(new ReportFilter(a, null, QUARTER)));
        assertThat(unitA.units()).extracting(Dashboard.UnitLine::unitId).containsExactly(a, a1);
        assertThat(unitA.units().get(0).figures()).isEqualTo(new Figures(2, 2, 2, 1, 2, 3));
        assertThat(unitA.units().get(1).figures()).isEqualTo(new Figures(1, 0, 1, 1, 0, 0));
        assertThat(unitA.total()).isEqualTo(new Figures(3, 2, 3, 2, 2, 3));
    }

    @Test
    void the_emulation_table_ranks_sub_units_by_completion_then_certificates_then_participation() {
        EmulationTable table = SystemTasks.runAsSystem(() -> reports.emulation(r, QUARTER));

        assertThat(table.rows()).extracting(EmulationTable.Row::unitId).containsExactly(a, b, b2);
        assertThat(table.rows()).extracting(EmulationTable.Row::rank).containsExactly(1, 2, 3);
        EmulationTable.Row rowA = table.rows().get(0);
        assertThat(List.of(rowA.members(), rowA.completers(), rowA.certificates(), rowA.participants()))
                .containsExactly(4L, 2L, 2L, 2L);
        assertThat(rowA.completedShare()).isEqualTo(50.0);
        assertThat(rowA.certificatesPer100()).isEqualTo(50.0);
        assertThat(rowA.participation()).isEqualTo(50.0);
        EmulationTable.Row rowB = table.rows().get(1);
        assertThat(List.of(rowB.members(), rowB.completers(), rowB.certificates(), rowB.participants()))
                .containsExactly(3L, 0L, 0L, 1L);
        assertThat(rowB.participation()).isCloseTo(33.33, within(0.01));
        assertThat(table.rows().get(2).members()).isZero();

        // a longer period: the member who joined in May counts, and the course completed on 1 April too
        EmulationTable half = SystemTasks.runAsSystem(() -> reports.emulation(r,
                new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))));
        assertThat(half.rows().stream().filter(row -> row.unitId() == b).findFirst().orElseThrow().members())
                .isEqualTo(4);
        assertThat(half.rows().get(0).certificates()).isEqualTo(2);
    }

    @Test
    void a_period_ending_before_it_starts_is_refused_with_a_message_key() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo("reporting.validation.periodOrder"));
    }

    @Test
    void a_learner_or_a_judge_cannot_read_reports_nor_the_figures_behind_them() {
        TestAccounts.login(users, testAccounts.create(TestAccounts.uniqueName("Học viên")));
        assertThatThrownBy(() -> reports.dashboard(new ReportFilter(null, null, QUARTER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.emulation(null, QUARTER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learningTallies.completers(QUARTER.start(), QUARTER.end()))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.login(users, testAccounts.create(TestAccounts.uniqueName("Giám khảo"), Role.JUDGE));
        assertThatThrownBy(() -> reports.dashboard(new ReportFilter(null, null, QUARTER)))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.login(users, testAccounts.create(TestAccounts.uniqueName("Ban tổ chức"), Role.ORGANISER));
        assertThat(reports.emulation(r, QUARTER).rows()).hasSize(3);
    }

    @Test
    void each_learner_of_the_unit_and_its_sub_units_has_a_line_of_what_they_did_in_the_quarter() {
        List<LearnerProgress> all = SystemTasks.runAsSystem(() -> reports.progress(
                new ReportFilter(r, null, QUARTER), 0, 100));
        // members registered before the quarter's end and enabled, active or not, by account
        assertThat(all).extracting(LearnerProgress::accountId).containsExactly(r1, x1, x2, y1, y2, z1, z2, z3);
        assertThat(learner(all, x1))
                .isEqualTo(new LearnerProgress(x1, learner(all, x1).fullName(), path(a), 2, 1, 1, 1, 1));
        assertThat(learner(all, x2)).extracting(LearnerProgress::enrolments, LearnerProgress::completions,
                LearnerProgress::certificates).containsExactly(0L, 1L, 1L);
        assertThat(learner(all, y1)).extracting(LearnerProgress::unit, LearnerProgress::enrolments,
                LearnerProgress::lessonsDone, LearnerProgress::quizzesPassed).containsExactly(path(a1), 1L, 1L, 1L);
        // enrolled on the quarter's last second; passed after it; a revoked certificate
        assertThat(learner(all, z1)).extracting(LearnerProgress::enrolments, LearnerProgress::quizzesPassed,
                LearnerProgress::certificates).containsExactly(1L, 0L, 0L);
        assertThat(learner(all, z2))
                .isEqualTo(new LearnerProgress(z2, learner(all, z2).fullName(), path(b), 0, 0, 0, 0, 0));
        assertThat(learner(all, r1)).extracting(LearnerProgress::unit, LearnerProgress::enrolments,
                LearnerProgress::completions, LearnerProgress::certificates).containsExactly(path(r), 1L, 1L, 1L);
        // the figures add up to the dashboard's
        Figures total = SystemTasks.runAsSystem(() -> reports.dashboard(new ReportFilter(r, null, QUARTER))).total();
        assertThat(all.stream().mapToLong(LearnerProgress::enrolments).sum()).isEqualTo(total.enrolments());
        assertThat(all.stream().mapToLong(LearnerProgress::certificates).sum()).isEqualTo(total.certificates());

        // read page after page from the last account: the same lines
        List<LearnerProgress> paged = new java.util.ArrayList<>();
        for (long after = 0;;) {
            long from = after;
            List<LearnerProgress> page = SystemTasks.runAsSystem(() -> reports.progress(
                    new ReportFilter(r, null, QUARTER), from, 3));
            paged.addAll(page);
            if (page.size() < 3) {
                break;
            }
            after = page.getLast().accountId();
        }
        assertThat(paged).isEqualTo(all);

        List<LearnerProgress> course = SystemTasks.runAsSystem(() -> reports.progress(
                new ReportFilter(r, c2, QUARTER), 0, 100));
        assertThat(learner(course, x1)).extracting(LearnerProgress::enrolments, LearnerProgress::completions,
                LearnerProgress::lessonsDone, LearnerProgress::quizzesPassed, LearnerProgress::certificates)
                .containsExactly(1L, 0L, 0L, 0L, 0L);
    }

    @Test
    void an_organiser_lists_by_name_only_the_learners_of_their_own_unit_and_those_under_it() {
        AccountSummary organiser = testAccounts.create(TestAccounts.uniqueName("Bí thư xã"), Role.ORGANISER);
        jdbc.update("UPDATE identity_account SET unit_id = ? WHERE id = ?", a, organiser.id());
        TestAccounts.login(users, organiser);

        assertThat(reports.mayListLearners(a)).isTrue();
        assertThat(reports.mayListLearners(a1)).isTrue();
        assertThat(reports.mayListLearners(r)).isFalse();
        assertThat(reports.mayListLearners(b)).isFalse();
        assertThat(reports.mayListLearners(null)).isFalse();
        assertThat(reports.progress(new ReportFilter(a, null, QUARTER), 0, 100))
                .as("the organiser joined after the quarter").extracting(LearnerProgress::accountId)
                .containsExactlyInAnyOrder(x1, x2, y1, y2);
        assertThatThrownBy(() -> reports.progress(new ReportFilter(r, null, QUARTER), 0, 100))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.progress(new ReportFilter(null, null, QUARTER), 0, 100))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.login(users, testAccounts.create(TestAccounts.uniqueName("Học viên")));
        assertThatThrownBy(() -> reports.progress(new ReportFilter(a, null, QUARTER), 0, 100))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.mayListLearners(a)).isInstanceOf(AccessDeniedException.class);

        assertThat(SystemTasks.runAsSystem(() -> reports.mayListLearners(null))).as("an administrator").isTrue();
    }

    private String path(long unitId) {
        return units.tree().stream().filter(u -> u.id() == unitId).findFirst().orElseThrow().path();
    }

    private static LearnerProgress learner(List<LearnerProgress> lines, long accountId) {
        return lines.stream().filter(l -> l.accountId() == accountId).findFirst().orElseThrow();
    }

    private static Dashboard.Line line(List<Dashboard.Line> lines, long id) {
        return lines.stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }
}
