package vn.tuoitreso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseCompleted;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.Enrolments;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.learning.StaleEdit;
import vn.tuoitreso.quiz.scoring.GradingMethod;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

@PlatformTest
@RecordApplicationEvents
class QuizzesIT {

    private static final String GIFT = """
            $CATEGORY: $course$/Thử nghiệm

            ::Sàn::Sàn thương mại điện tử nào do Bưu điện Việt Nam vận hành?{
            =Postmart#Đúng, Postmart là sàn của Bưu điện.
            ~Sàn lạ trên mạng#Không, hãy cẩn thận với sàn lạ.
            ~Trang bán hàng cá nhân}

            ::OTP::Có nên đọc mã OTP cho người gọi điện tự xưng là ngân hàng không?{FALSE#Sai rồi: ngân hàng không bao giờ hỏi OTP.#Chính xác!}

            ::Số::Căn cước công dân có bao nhiêu chữ số?{#12}
            """;

    @Autowired QuizAuthoring authoring;
    @Autowired Quizzes quizzes;
    @Autowired CourseAuthoring courses;
    @Autowired Catalogue catalogue;
    @Autowired Enrolments enrolments;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    AccountSummary organiser;
    AccountSummary learner;

    @BeforeEach
    void setUp() {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        organiser = testAccounts.create("Soạn Câu Hỏi", Role.ORGANISER);
        learner = testAccounts.create("Làm Bài Thi");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_answer_key_is_not_in_what_the_browser_receives_and_the_server_scores_the_attempt() throws Exception {
        QuizOverview quiz = quiz(settings(0, null, ReviewPolicy.IMMEDIATELY));
        TestAccounts.login(users, learner);
        AttemptSheet sheet = quizzes.start(quiz.id());
        String sent = json.writeValueAsString(sheet);
        assertThat(sent).contains("Postmart", "Sàn lạ trên mạng", "Căn cước công dân")
                .doesNotContain("Đúng, Postmart", "Không, hãy cẩn thận", "Chính xác", "ngân hàng không bao giờ hỏi",
                        "fraction", "weight", "\"12\"", "correct");

        SheetQuestion market = sheet.questions().get(0);
        int postmart = market.options().indexOf("Postmart");
        quizzes.save(sheet.attemptId(), 0, new Answer.Chosen(postmart));
        quizzes.save(sheet.attemptId(), 1, new Answer.Truth(true));
        quizzes.save(sheet.attemptId(), 2, new Answer.Typed("12"));
        assertThat(quizzes.start(quiz.id()).questions().get(0).chosen()).as("resumes with the saved answer")
                .isEqualTo(postmart);

        AttemptResult result = quizzes.submit(sheet.attemptId());
        assertThat(result.scorePercent()).isEqualTo(67);
        assertThat(result.passed()).isFalse();
        assertThat(result.questions()).extracting(QuestionOutcome::correct).containsExactly(true, false, true);
        assertThat(result.questions().get(1).feedback()).contains("Sai rồi: ngân hàng không bao giờ hỏi OTP.");
    }

    @Test
    void a_malformed_gift_file_imports_nothing_and_names_the_line() {
        CourseSummary course = course();
        TestAccounts.login(users, organiser);
        int before = authoring.bank(course.id()).size();
        assertThatThrownBy(() -> authoring.importGift(course.id(), GIFT + "\n::Hỏng::Câu hỏi hỏng {=a ~b\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo(QuizAuthoring.GIFT_LINE + "12");
                            assertThat(p.messageKey()).isEqualTo("quiz.gift.unclosedBrace");
                        }));
        assertThat(authoring.bank(course.id())).hasSize(before);
        assertThat(authoring.importGift(course.id(), GIFT + "\n::Tự luận::Hãy viết cảm nghĩ{}\n").unsupported())
                .extracting(InvalidInputException.Problem::messageKey).containsExactly("quiz.gift.unsupported.essay");
        assertThat(authoring.exportGift(course.id())).contains("::Sàn::", "::OTP::", "::Số::", "$CATEGORY: $course$/Thử nghiệm");
    }

    @Test
    void a_bank_question_changed_since_it_was_read_is_not_deleted_from_the_old_reading() {
        CourseSummary course = course();
        TestAccounts.login(users, organiser);
        authoring.importGift(course.id(), GIFT);
        List<BankQuestion> read = authoring.bank(course.id());
        BankQuestion changed = read.get(0);
        // a colleague's change of the question (its retirement by a revised seed bank, say)
        jdbc.update("UPDATE quiz_question SET version = version + 1 WHERE id = ?", changed.id());

        assertThatThrownBy(() -> authoring.deleteQuestion(changed.id(), changed.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly(StaleEdit.MESSAGE_KEY));
        assertThat(authoring.bank(course.id())).extracting(BankQuestion::id).contains(changed.id());

        BankQuestion unchanged = read.get(1);
        authoring.deleteQuestion(unchanged.id(), unchanged.version());
        assertThat(authoring.bank(course.id())).extracting(BankQuestion::id).doesNotContain(unchanged.id())
                .contains(changed.id());
    }

    @Test
    void attempts_are_limited_and_a_time_limit_closes_the_attempt_with_only_the_answers_given_in_time() {
        QuizOverview quiz = quiz(settings(1, 5, ReviewPolicy.NEVER));
        TestAccounts.login(users, learner);
        AttemptSheet sheet = quizzes.start(quiz.id());
        assertThat(sheet.deadline()).isNotNull();
        int postmart = sheet.questions().get(0).options().indexOf("Postmart");
        quizzes.save(sheet.attemptId(), 0, new Answer.Chosen(postmart));

        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> quizzes.save(sheet.attemptId(), 1, new Answer.Truth(false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("quiz.timeUp"));
        AttemptResult result = quizzes.submit(sheet.attemptId());
        assertThat(result.scorePercent()).isEqualTo(33);
        assertThat(result.reviewShown()).isFalse();
        assertThat(result.questions()).allSatisfy(q -> assertThat(q.rightAnswer()).isNull());

        assertThatThrownBy(() -> quizzes.start(quiz.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("quiz.noAttemptsLeft"));
    }

    @Test
    void a_timed_attempt_left_open_is_closed_by_the_platform_when_its_time_is_up() {
        QuizOverview quiz = quiz(settings(0, 5, ReviewPolicy.IMMEDIATELY));
        TestAccounts.login(users, learner);
        AttemptSheet sheet = quizzes.start(quiz.id());
        quizzes.save(sheet.attemptId(), 1, new Answer.Truth(false));
        SecurityContextHolder.clearContext();

        SystemTasks.runAsSystem(() -> quizzes.closeExpiredAttempts());
        TestAccounts.login(users, learner);
        assertThat(quizzes.history(quiz.id())).as("still open within its time").isEmpty();
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofMinutes(6));
        assertThat(SystemTasks.runAsSystem(() -> quizzes.closeExpiredAttempts())).isGreaterThanOrEqualTo(1);

        TestAccounts.login(users, learner);
        assertThat(quizzes.history(quiz.id())).singleElement()
                .satisfies(r -> assertThat(r.scorePercent()).isEqualTo(33));
    }

    @Test
    void a_course_completes_only_when_its_required_quiz_is_passed_too() {
        QuizOverview quiz = quiz(settings(0, null, ReviewPolicy.IMMEDIATELY));
        TestAccounts.login(users, learner);
        long lessonId = SystemTasks.runAsSystem(() -> courses.outline(quiz.courseId()).lessons().get(0).id());
        enrolments.complete(lessonId);
        assertThat(events.stream(CourseCompleted.class)).isEmpty();

        AttemptSheet sheet = quizzes.start(quiz.id());
        quizzes.save(sheet.attemptId(), 0, new Answer.Chosen(sheet.questions().get(0).options().indexOf("Postmart")));
        quizzes.save(sheet.attemptId(), 1, new Answer.Truth(false));
        quizzes.save(sheet.attemptId(), 2, new Answer.Typed("12"));
        assertThat(quizzes.submit(sheet.attemptId()).passed()).isTrue();
        assertThat(events.stream(CourseCompleted.class)).containsExactly(new CourseCompleted(learner.id(), quiz.courseId()));
    }

    @Test
    void the_seed_courses_each_have_a_required_final_quiz() throws java.io.IOException {
        TestAccounts.login(users, learner);
        List<String> seed;
        try (var folders = java.nio.file.Files.list(java.nio.file.Path.of("seed-content/courses"))) {
            seed = folders.map(f -> f.getFileName().toString()).toList();
        }
        assertThat(seed).hasSize(11);
        for (String slug : seed) {
            CourseSummary course = catalogue.course(slug).orElseThrow();
            List<QuizSummary> list = quizzes.ofCourse(course.id());
            assertThat(list).as(course.slug()).isNotEmpty();
            assertThat(list.get(0).settings().required()).isTrue();
            assertThat(list.get(0).questionCount()).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void importing_the_same_gift_file_again_skips_what_the_bank_already_has() {
        CourseSummary course = course();
        TestAccounts.login(users, organiser);
        ImportReport first = authoring.importGift(course.id(), GIFT);
        int size = authoring.bank(course.id()).size();
        ImportReport again = authoring.importGift(course.id(), GIFT);
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(first.imported());
        assertThat(authoring.bank(course.id())).hasSize(size);
        assertThat(authoring.bank(course.id())).extracting(BankQuestion::categoryLabel).containsOnly("Thử nghiệm");
    }

    private QuizOverview quiz(QuizSettings settings) {
        CourseSummary course = course();
        TestAccounts.login(users, organiser);
        authoring.importGift(course.id(), GIFT);
        List<Long> ids = authoring.bank(course.id()).stream().map(BankQuestion::id).toList();
        QuizOverview quiz = authoring.create(course.id(), settings, ids);
        SecurityContextHolder.clearContext();
        return quiz;
    }

    private static QuizSettings settings(int attempts, Integer minutes, ReviewPolicy review) {
        return new QuizSettings("Kiểm tra thử", true, 80, attempts, GradingMethod.HIGHEST, minutes, true, null, null,
                review);
    }

    private CourseSummary course() {
        return SystemTasks.runAsSystem(() -> {
            CourseSummary course = courses.create(new CourseDraft("Khóa có bài kiểm tra " + System.nanoTime(), "", List.of(),
                    CourseLevel.BASIC, 10));
            courses.addLesson(courses.outline(course.id()).sections().get(0).id(), new LessonDraft("Bài", "Nội dung", 1, null));
            return courses.publish(course.id(), true);
        });
    }

}
