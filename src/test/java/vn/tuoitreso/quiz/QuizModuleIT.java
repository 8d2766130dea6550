package vn.tuoitreso.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.tuoitreso.content.SeedUnits;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseCompleted;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.Enrolments;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClockConfiguration;

/**
 * The quiz module with learning and identity: a passed required quiz is told to learning as {@link QuizPassed},
 * and learning's completion rule then completes the course.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@DirtiesContext // a context of its own, shared with no other test class: closed after this one
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "app.files-dir=target/test-files")
class QuizModuleIT {

    /** Two true-or-false questions: both right is 100 %, one right is 50 %, below the final quiz's 70 %. */
    private static final String GIFT = """
            ::OTP::Có nên đọc mã OTP cho người gọi điện tự xưng là ngân hàng không?{FALSE}

            ::VNeID::Tài khoản định danh điện tử mức 2 có dùng được để làm thủ tục trên Cổng dịch vụ công không?{TRUE}
            """;

    private final QuizAuthoring authoring;
    private final Quizzes quizzes;
    private final CourseAuthoring courses;
    private final Enrolments enrolments;
    private final Accounts accounts;
    private final Units units;
    private final UserDetailsService users;

    private AccountSummary learner;

    QuizModuleIT(QuizAuthoring authoring, Quizzes quizzes, CourseAuthoring courses, Enrolments enrolments,
            Accounts accounts, Units units, UserDetailsService users) {
        this.authoring = authoring;
        this.quizzes = quizzes;
        this.courses = courses;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.units = units;
        this.users = users;
    }

    @BeforeEach
    void createLearner() {
        SeedUnits.ensureLoaded(units);
        learner = new TestAccounts(accounts, units).create("Vàng Thị Trắc Nghiệm");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void passing_the_required_final_quiz_publishes_quiz_passed_and_completes_the_course(Scenario scenario,
            AssertablePublishedEvents events) {
        QuizOverview quiz = finalQuizOfNewCourse();
        TestAccounts.login(users, learner);
        enrolments.complete(lessonOf(quiz.courseId()));
        assertThat(events.ofType(CourseCompleted.class).matchingValue(CourseCompleted::courseId, quiz.courseId()))
                .as("the lesson is read, the quiz is not passed yet").isEmpty();

        AttemptSheet sheet = quizzes.start(quiz.id());
        answer(sheet, false, true);
        scenario.stimulate(() -> quizzes.submit(sheet.attemptId()))
                .andWaitForEventOfType(QuizPassed.class)
                .matching(passed -> passed.quizId() == quiz.id())
                .toArriveAndVerify((passed, result) -> {
                    assertThat(passed).isEqualTo(new QuizPassed(quiz.id(), quiz.courseId(), learner.id()));
                    assertThat(result.passed()).isTrue();
                    assertThat(result.scorePercent()).isEqualTo(100);
                    assertThat(events.ofType(CourseCompleted.class)
                            .matchingValue(CourseCompleted::courseId, quiz.courseId()))
                            .containsExactly(new CourseCompleted(learner.id(), quiz.courseId()));
                });
    }

    @Test
    void a_failed_attempt_publishes_nothing_and_the_course_stays_open(AssertablePublishedEvents events) {
        QuizOverview quiz = finalQuizOfNewCourse();
        TestAccounts.login(users, learner);
        enrolments.complete(lessonOf(quiz.courseId()));
        AttemptSheet sheet = quizzes.start(quiz.id());
        answer(sheet, false, false);

        AttemptResult result = quizzes.submit(sheet.attemptId());
        assertThat(result.passed()).isFalse();
        assertThat(result.scorePercent()).isEqualTo(50);
        assertThat(events.ofType(QuizPassed.class).matchingValue(QuizPassed::quizId, quiz.id())).isEmpty();
        assertThat(events.ofType(CourseCompleted.class).matchingValue(CourseCompleted::courseId, quiz.courseId()))
                .isEmpty();
        assertThat(enrolments.progress(quiz.courseId()).completed()).as("every lesson is read").isTrue();
    }

    @Test
    void passing_the_quiz_before_reading_the_lesson_completes_the_course_with_the_last_lesson(Scenario scenario,
            AssertablePublishedEvents events) {
        QuizOverview quiz = finalQuizOfNewCourse();
        TestAccounts.login(users, learner);
        enrolments.enrol(quiz.courseId());
        AttemptSheet sheet = quizzes.start(quiz.id());
        answer(sheet, false, true);
        scenario.stimulate(() -> quizzes.submit(sheet.attemptId()))
                .andWaitForEventOfType(QuizPassed.class)
                .matching(passed -> passed.quizId() == quiz.id())
                .toArriveAndVerify(__ -> assertThat(events.ofType(CourseCompleted.class)
                        .matchingValue(CourseCompleted::courseId, quiz.courseId()))
                        .as("a lesson is still to read").isEmpty());

        scenario.stimulate(() -> enrolments.complete(lessonOf(quiz.courseId())))
                .andWaitForEventOfType(CourseCompleted.class)
                .matching(completed -> completed.courseId() == quiz.courseId())
                .toArriveAndVerify(completed -> assertThat(completed.accountId()).isEqualTo(learner.id()));
    }

    /** Answers the two questions, whatever order the attempt shows them in. */
    private void answer(AttemptSheet sheet, boolean otp, boolean vneid) {
        for (SheetQuestion question : sheet.questions()) {
            boolean truth = question.html().contains("OTP") ? otp : vneid;
            quizzes.save(sheet.attemptId(), question.slot(), new Answer.Truth(truth));
        }
    }

    private QuizOverview finalQuizOfNewCourse() {
        return SystemTasks.runAsSystem(() -> {
            CourseSummary course = courses.create(new CourseDraft("Khóa có bài kiểm tra cuối " + System.nanoTime(),
                    "Khóa học cho kiểm thử mô-đun", List.of(), CourseLevel.BASIC, 10));
            courses.addLesson(courses.outline(course.id()).sections().get(0).id(),
                    new LessonDraft("Bài duy nhất", "Nội dung", 5, null));
            courses.publish(course.id(), true);
            authoring.importGift(course.id(), GIFT);
            List<Long> ids = authoring.bank(course.id()).stream().map(BankQuestion::id).toList();
            return authoring.create(course.id(), QuizSettings.finalQuiz("Bài kiểm tra cuối khóa"), ids);
        });
    }

    private long lessonOf(long courseId) {
        return SystemTasks.runAsSystem(() -> courses.outline(courseId).lessons().get(0).id());
    }
}
