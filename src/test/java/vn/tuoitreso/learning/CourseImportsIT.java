package vn.tuoitreso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

@PlatformTest
class CourseImportsIT {

    @Autowired CourseImports imports;
    @Autowired Catalogue catalogue;
    @Autowired Enrolments enrolments;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_course_checked_again_is_revised_and_completions_follow_split_lessons() {
        String slug = "khoa-sua-" + System.nanoTime();
        CourseDefinition first = course(slug, LocalDate.of(2025, 1, 10), List.of(
                section("Phần một", "ma-qr", "chuyen-tien"), section("Phần hai", "lua-dao")), List.of());
        assertThat(SystemTasks.runAsSystem(() -> imports.importCourse(first))).isEqualTo(CourseImports.Outcome.ADDED);

        AccountSummary learner = new TestAccounts(accounts, units).create("Nông Thị Hằng");
        TestAccounts.login(users, learner);
        Map<String, Long> before = lessonIds(slug);
        enrolments.enrol(idOf(slug));
        enrolments.complete(before.get("ma-qr"));
        enrolments.complete(before.get("chuyen-tien"));
        enrolments.complete(before.get("lua-dao"));
        SecurityContextHolder.clearContext();

        CourseDefinition revised = course(slug, LocalDate.of(2026, 12, 1), List.of(
                section("Quét mã QR", "ma-qr-tra-tien", "ma-qr-dang-nhap"), section("Chuyển tiền", "chuyen-tien", "sinh-trac-hoc")),
                List.of(new CourseDefinition.LessonMove("ma-qr", List.of("ma-qr-tra-tien", "ma-qr-dang-nhap"))));
        assertThat(SystemTasks.runAsSystem(() -> imports.importCourse(revised))).isEqualTo(CourseImports.Outcome.REVISED);
        assertThat(SystemTasks.runAsSystem(() -> imports.importCourse(revised))).isEqualTo(CourseImports.Outcome.UNCHANGED);

        TestAccounts.login(users, learner);
        CourseOutline outline = catalogue.outline(slug).orElseThrow();
        assertThat(outline.sections()).extracting(SectionOutline::title).containsExactly("Quét mã QR", "Chuyển tiền");
        assertThat(outline.lessons()).extracting(LessonSummary::slug)
                .containsExactly("ma-qr-tra-tien", "ma-qr-dang-nhap", "chuyen-tien", "sinh-trac-hoc");
        assertThat(outline.references().checked()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(outline.references().sources()).extracting(CourseReferences.Source::title)
                .containsExactly("Thông tư 17/2024/TT-NHNN");
        Map<String, Long> after = lessonIds(slug);
        assertThat(after.get("chuyen-tien")).as("a kept lesson keeps its id").isEqualTo(before.get("chuyen-tien"));
        Progress progress = enrolments.progress(idOf(slug));
        assertThat(progress.completedLessonIds()).containsExactlyInAnyOrder(after.get("ma-qr-tra-tien"),
                after.get("ma-qr-dang-nhap"), after.get("chuyen-tien"));
        assertThat(progress.isDone(after.get("sinh-trac-hoc"))).isFalse();
    }

    @Test
    void a_seed_without_a_newer_check_date_leaves_the_course_alone() {
        String slug = "khoa-giu-" + System.nanoTime();
        CourseDefinition first = course(slug, LocalDate.of(2026, 6, 1), List.of(section("Phần", "bai-mot")), List.of());
        SystemTasks.runAsSystem(() -> imports.importCourse(first));
        CourseDefinition older = course(slug, LocalDate.of(2026, 1, 1), List.of(section("Khác", "bai-khac")), List.of());
        assertThat(SystemTasks.runAsSystem(() -> imports.importCourse(older))).isEqualTo(CourseImports.Outcome.UNCHANGED);
        TestAccounts.login(users, new TestAccounts(accounts, units).create("Bế Văn Giữ"));
        assertThat(catalogue.outline(slug).orElseThrow().lessons()).extracting(LessonSummary::slug).containsExactly("bai-mot");
    }

    private long idOf(String slug) {
        return catalogue.course(slug).orElseThrow().id();
    }

    private Map<String, Long> lessonIds(String slug) {
        return catalogue.outline(slug).orElseThrow().lessons().stream()
                .collect(Collectors.toMap(LessonSummary::slug, LessonSummary::id));
    }

    private static CourseDefinition.Section section(String title, String... lessons) {
        return new CourseDefinition.Section(title, java.util.Arrays.stream(lessons)
                .map(l -> new CourseDefinition.Lesson(l, "Bài " + l, 5, null, "## " + l + "\n\nNội dung.\n")).toList());
    }

    private static CourseDefinition course(String slug, LocalDate checked, List<CourseDefinition.Section> sections,
            List<CourseDefinition.LessonMove> history) {
        return new CourseDefinition(slug, "Khóa thử " + slug, "Tóm tắt", List.of("Thử"), CourseLevel.BASIC, 30, 50,
                sections, new CourseReferences(checked, List.of(new CourseReferences.Source("Thông tư 17/2024/TT-NHNN", null)),
                        List.of(new CourseReferences.Term("OTP", "Mật khẩu dùng một lần"))), history);
    }
}
