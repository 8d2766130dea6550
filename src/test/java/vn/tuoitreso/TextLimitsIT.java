package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.Invitations;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.ProfileChange;
import vn.tuoitreso.identity.Registration;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitType;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.quiz.QuizAuthoring;
import vn.tuoitreso.quiz.QuizSettings;
import vn.tuoitreso.search.Search;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

/**
 * Text longer than its column, sent straight to the services (no browser to limit it), is refused with a message
 * naming the field — never a database failure.
 */
@PlatformTest
class TextLimitsIT {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired CourseAuthoring authoring;
    @Autowired QuizAuthoring quizzes;
    @Autowired Invitations invitations;
    @Autowired Certificates certificates;
    @Autowired Search search;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void identity_refuses_an_over_long_name_and_contact() {
        TestAccounts people = new TestAccounts(accounts, units);
        long unit = people.anyUnitId();
        refused(() -> accounts.register(new Registration("Nguyễn " + "Văn ".repeat(40), TestAccounts.uniqueEmail("dai"),
                TestAccounts.PASSWORD, 2005, unit)), "fullName", "validation.fullName");
        refused(() -> accounts.register(new Registration("Nguyễn Văn Dài", "a".repeat(250) + "@tuoitreso.vn",
                TestAccounts.PASSWORD, 2005, unit)), "contact", "validation.contact.tooLong");
        refused(() -> accounts.register(new Registration("Nguyễn Văn Dài", "0912 345 678 ".repeat(30),
                TestAccounts.PASSWORD, 2005, unit)), "contact", "validation.contact.tooLong");
        refused(() -> accounts.register(new Registration("Nguyễn Văn Nhỏ", TestAccounts.uniqueEmail("nho"),
                TestAccounts.PASSWORD, java.time.Year.now().getValue() - 12, unit, "Nguyễn Văn Bố",
                "bo" + "o".repeat(260) + "@tuoitreso.vn", true)), "guardianContact", "validation.contact.tooLong");
        refused(() -> accounts.register(new Registration("Nguyễn Văn Dài", TestAccounts.uniqueEmail("dai"),
                "MatKhau2026" + "x".repeat(200), 2005, unit)), "password", "validation.password.tooLong");

        AccountSummary me = people.create("Nguyễn Văn Hồ Sơ");
        TestAccounts.login(users, me);
        refused(() -> accounts.updateProfile(new ProfileChange(me.fullName(), "x".repeat(300) + "@tuoitreso.vn", 2004,
                unit, TestAccounts.PASSWORD)), "contact", "validation.contact.tooLong");
        refused(() -> accounts.updateProfile(new ProfileChange("Nguyễn " + "Văn ".repeat(40), me.contact(), 2004, unit,
                null)), "fullName", "validation.fullName");
        assertThat(accounts.me().contact()).isEqualTo(me.contact());

        TestAccounts.login(users, people.create("Quản Trị Đơn Vị", Role.ADMIN));
        refused(() -> units.create(unit, "XA-DAI", "Xã " + "Rất Dài ".repeat(30), UnitType.COMMUNE), "name",
                "validation.unit.name");
        refused(() -> units.create(unit, "X".repeat(60), "Xã Mã Dài", UnitType.COMMUNE), "code", "validation.unit.code");
    }

    @Test
    void contest_refuses_over_long_settings_names_and_idea_texts() {
        TestAccounts people = new TestAccounts(accounts, units);
        TestAccounts.login(users, people.create("Ban Tổ Chức Dài", Role.ORGANISER));
        refused(() -> contests.create(new ContestDraft("Cuộc thi " + "x".repeat(300), "Thể lệ", null, null, 5, 5, 5, 20),
                Set.of()), "title", "contest.validation.title");
        refused(() -> contests.create(new ContestDraft("Cuộc thi dài", "Điều ".repeat(10_001), null, null, 5, 5, 5, 20),
                Set.of()), "rules", "validation.tooLong");
        ContestSummary contest = contests.create(new ContestDraft("Cuộc thi " + System.nanoTime(), "Thể lệ", null, null,
                5, 5, 5, 20), Set.of());
        refused(() -> contests.addCategory(contest.id(), "Lĩnh vực ".repeat(30)), null, "contest.validation.name");
        Instant now = Instant.now();
        refused(() -> contests.addRound(contest.id(), new RoundDraft("Vòng ".repeat(50), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null)), null, "contest.validation.round");
        ContestSummary round = contests.addRound(contest.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null));
        contests.publish(contest.id(), true);

        TestAccounts.login(users, people.create("Thí Sinh Dài Dòng"));
        long idea = submissions.start(round.rounds().get(0).id()).id();
        refused(() -> submissions.save(idea, new IdeaDraft("Ý tưởng số", "Tóm tắt", "Vấn đề ".repeat(3_000),
                "Giải pháp", "", "", null, List.of())), "problem", "validation.tooLong");
        refused(() -> submissions.save(idea, new IdeaDraft("Ý tưởng " + "số ".repeat(150), "Tóm tắt", "Vấn đề",
                "Giải pháp", "", "", null, List.of())), "title", "validation.tooLong");
        refused(() -> submissions.save(idea, new IdeaDraft("Ý tưởng số", "Tóm tắt ".repeat(300), "Vấn đề",
                "Giải pháp", "", "Khả thi ".repeat(3_000), null, List.of())), "summary", "validation.tooLong");
        refused(() -> submissions.save(idea, new IdeaDraft("Ý tưởng số", "Tóm tắt", "Vấn đề", "Giải pháp", "", "",
                null, List.of(new TeamMember(null, "Bạn " + "Đồng Hành ".repeat(15))))), "team", "validation.tooLong");
        assertThat(submissions.save(idea, new IdeaDraft("Ý tưởng số", "Tóm tắt", "Vấn đề ".repeat(2_000),
                "Giải pháp", "", "", null, List.of())).id()).as("long but within the limit").isEqualTo(idea);
        refused(() -> invitations.invite(idea, "ban" + "n".repeat(300) + "@tuoitreso.vn"), "invite",
                "validation.contact.tooLong");
        refused(() -> invitations.invite(idea, "098 765 4321 ".repeat(25)), "invite", "validation.contact.tooLong");
        assertThat(invitations.sent(idea)).isEmpty();
    }

    @Test
    void learning_refuses_over_long_course_and_lesson_titles() {
        TestAccounts.login(users, new TestAccounts(accounts, units).create("Người Soạn Dài", Role.ORGANISER));
        refused(() -> authoring.create(new CourseDraft("Khóa ".repeat(50), "Giới thiệu", List.of("Thử"),
                CourseLevel.BASIC, 30)), "title", "learning.validation.title");
        CourseSummary course = authoring.create(new CourseDraft("Khóa " + System.nanoTime(), "Giới thiệu",
                List.of("Thử"), CourseLevel.BASIC, 30));
        long section = authoring.outline(course.id()).sections().get(0).id();
        refused(() -> authoring.addLesson(section, new LessonDraft("Bài ".repeat(60), "Nội dung", 5, null)), "title",
                "learning.validation.title");
        refused(() -> authoring.addLesson(section, new LessonDraft("Bài có phim", "Nội dung", 5,
                "https://video.tuoitreso.vn/" + "p".repeat(500))), "videoUrl", "validation.tooLong");
        refused(() -> authoring.addSection(course.id(), "Phần ".repeat(50)), "title", "learning.validation.title");
    }

    @Test
    void quiz_refuses_an_over_long_question_and_imports_nothing() {
        TestAccounts.login(users, new TestAccounts(accounts, units).create("Người Ra Đề Dài", Role.ORGANISER));
        CourseSummary course = authoring.create(new CourseDraft("Khóa đề " + System.nanoTime(), "Giới thiệu",
                List.of("Thử"), CourseLevel.BASIC, 30));
        String gift = "::Ngắn:: Câu hỏi ngắn? {T}\n\n::Dài:: " + "Câu hỏi rất dài ".repeat(400) + "? {T}\n";
        refused(() -> quizzes.importGift(course.id(), gift), "gift", "quiz.validation.textTooLong");
        assertThat(quizzes.bank(course.id())).isEmpty();
        refused(() -> quizzes.create(course.id(), QuizSettings.finalQuiz("Bài kiểm tra " + "cuối khóa ".repeat(25)),
                List.of()), "title", "learning.validation.title");
        assertThat(quizzes.quizzes(course.id())).isEmpty();
    }

    @Test
    void search_refuses_a_query_longer_than_a_title_and_runs_one_within_it() {
        TestAccounts.login(users, new TestAccounts(accounts, units).create("Ban Tổ Chức Tìm Dài", Role.ORGANISER));
        refused(() -> search.search(SearchQuery.of("chuyển đổi số trong học tập ".repeat(20))), "query",
                "validation.tooLong");
        assertThatNoException().as("within the limit")
                .isThrownBy(() -> search.search(SearchQuery.of("chuyển đổi số trong học tập ".repeat(10))));
    }

    @Test
    void certificate_refuses_an_over_long_reason_for_revoking() {
        TestAccounts.login(users, new TestAccounts(accounts, units).create("Quản Trị Thu Hồi", Role.ADMIN));
        refused(() -> certificates.revoke("KHONG-CO-MA", "Lý do ".repeat(100)), "reason", "validation.tooLong");
    }

    private static void refused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).anySatisfy(problem -> {
                assertThat(problem.messageKey()).isEqualTo(messageKey);
                if (field != null) {
                    assertThat(problem.field()).isEqualTo(field);
                }
            });
        });
    }
}
