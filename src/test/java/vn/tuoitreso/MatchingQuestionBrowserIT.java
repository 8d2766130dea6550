package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.quiz.BankQuestion;
import vn.tuoitreso.quiz.QuizAuthoring;
import vn.tuoitreso.quiz.QuizOverview;
import vn.tuoitreso.quiz.QuizSettings;
import vn.tuoitreso.quiz.ReviewPolicy;
import vn.tuoitreso.quiz.scoring.GradingMethod;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;

/** A matching question on a 360 px phone: each prompt is read whole, wrapped, never cut off with "…". */
class MatchingQuestionBrowserIT extends BrowserTest {

    private static final List<String> PROMPTS = List.of(
            "Cấp lại thẻ căn cước cho thanh niên ở xã vùng cao Trùng Khánh khi thẻ cũ bị mất",
            "Đăng ký khai sinh trực tuyến cho con của đoàn viên làm việc xa nhà ở Bảo Lạc",
            "Nộp hồ sơ xin hỗ trợ vốn khởi nghiệp cho hợp tác xã thanh niên ở Hạ Lang");

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired CourseAuthoring courses;
    @Autowired QuizAuthoring authoring;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_prompts_of_a_matching_question_wrap_on_a_phone_and_are_fully_visible() {
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Soạn Câu Ghép", Role.ORGANISER);
        AccountSummary learner = people.create("Ghép Đôi Trên Điện Thoại");
        CourseSummary course = SystemTasks.runAsSystem(() -> {
            CourseSummary created = courses.create(new CourseDraft("Khóa câu ghép " + System.nanoTime(), "", List.of(),
                    CourseLevel.BASIC, 10));
            courses.addLesson(courses.outline(created.id()).sections().get(0).id(),
                    new LessonDraft("Bài", "Nội dung", 1, null));
            return courses.publish(created.id(), true);
        });
        TestAccounts.login(users, organiser);
        authoring.importGift(course.id(), "$CATEGORY: $course$/Dịch vụ công\n\n::Ghép::Ghép việc cần làm với nơi làm{\n"
                + "=" + PROMPTS.get(0) + " -> Công an xã\n"
                + "=" + PROMPTS.get(1) + " -> Cổng dịch vụ công quốc gia\n"
                + "=" + PROMPTS.get(2) + " -> Ngân hàng chính sách xã hội\n}\n");
        List<Long> ids = authoring.bank(course.id()).stream().map(BankQuestion::id).toList();
        QuizOverview quiz = authoring.create(course.id(), new QuizSettings("Câu ghép trên điện thoại", true, 50, 0,
                GradingMethod.HIGHEST, null, false, null, null, ReviewPolicy.IMMEDIATELY), ids);
        SecurityContextHolder.clearContext();

        open("login");
        logInWith(learner.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");
        open("courses/" + course.slug() + "/quiz/" + quiz.id());
        click("#start-quiz");
        waitFor(".matching vaadin-select");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) driver.executeScript("""
                const w = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('.matching vaadin-select')).map(s => {
                  const label = s.querySelector('label[slot=label]')
                      || s.shadowRoot.querySelector('[part=label]');
                  const range = document.createRange();
                  range.selectNodeContents(label);
                  const lines = new Set(Array.from(range.getClientRects()).map(x => Math.round(x.top))).size;
                  const right = Math.max(...Array.from(range.getClientRects()).map(x => x.right));
                  let clipped = false;
                  for (let e = label; e && e !== s.parentElement; e = e.parentElement || e.getRootNode().host) {
                    const style = getComputedStyle(e);
                    clipped = clipped || style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap';
                  }
                  return {text: label.textContent.trim(), lines: lines, right: right, clipped: clipped,
                          viewport: w};
                });""");
        snapshot("matching-question");
        assertThat(labels).extracting(l -> l.get("text")).containsExactlyInAnyOrderElementsOf(PROMPTS);
        assertThat(labels).allSatisfy(label -> {
            assertThat(label.get("clipped")).as("cut off with an ellipsis: " + label).isEqualTo(false);
            assertThat(((Number) label.get("right")).doubleValue()).as("wider than the phone: " + label)
                    .isLessThanOrEqualTo(((Number) label.get("viewport")).doubleValue() + 1);
            assertThat(((Number) label.get("lines")).intValue()).as("a long prompt wraps: " + label)
                    .isGreaterThanOrEqualTo(2);
        });
        assertFitsThePhone();
    }
}
