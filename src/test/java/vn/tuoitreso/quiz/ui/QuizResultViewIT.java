package vn.tuoitreso.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.quiz.Answer;
import vn.tuoitreso.quiz.AttemptSheet;
import vn.tuoitreso.quiz.BankQuestion;
import vn.tuoitreso.quiz.QuizAuthoring;
import vn.tuoitreso.quiz.QuizOverview;
import vn.tuoitreso.quiz.QuizSettings;
import vn.tuoitreso.quiz.Quizzes;
import vn.tuoitreso.quiz.ReviewPolicy;
import vn.tuoitreso.quiz.scoring.GradingMethod;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

/** After "Nộp bài" the learner sees each question right or wrong, with its feedback, when the quiz's review policy allows it then. */
class QuizResultViewIT extends BrowserlessViewTest {

    private static final String GIFT = """
            $CATEGORY: $course$/Xem lại

            ::Sàn::Sàn thương mại điện tử nào do Bưu điện Việt Nam vận hành?{
            =Postmart#Đúng, Postmart là sàn của Bưu điện.
            ~Sàn lạ trên mạng#Không, hãy cẩn thận với sàn lạ.}

            ::OTP::Có nên đọc mã OTP cho người gọi điện tự xưng là ngân hàng không?{FALSE#Sai rồi: ngân hàng không bao giờ hỏi OTP.#Chính xác!}
            """;

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired CourseAuthoring courses;
    @Autowired QuizAuthoring authoring;
    @Autowired Quizzes quizzes;

    @Test
    void a_quiz_reviewed_immediately_shows_each_question_right_or_wrong_with_its_feedback() {
        QuizView view = submitOnce(ReviewPolicy.IMMEDIATELY, 0);
        List<Div> questions = questions(view);
        assertThat(questions).hasSize(2);
        assertThat(questions.get(0).getClassNames()).contains("quiz-question", "right");
        assertThat(questions.get(1).getClassNames()).contains("quiz-question", "wrong");
        assertThat(questions.get(0).getElement().getTextRecursively()).contains("Câu 1: đúng",
                "Đúng, Postmart là sàn của Bưu điện.");
        assertThat(questions.get(1).getElement().getTextRecursively()).contains("Câu 2: chưa đúng",
                "Sai rồi: ngân hàng không bao giờ hỏi OTP.");
        assertThat(view.resultBox.getElement().getTextRecursively()).doesNotContain("Đáp án sẽ được công bố sau.");
    }

    @Test
    void a_quiz_never_reviewed_shows_only_the_verdict() {
        QuizView view = submitOnce(ReviewPolicy.NEVER, 0);
        assertThat(questions(view)).isEmpty();
        assertThat(view.resultBox.getElement().getTextRecursively()).contains("Đáp án sẽ được công bố sau.")
                .doesNotContain("Postmart là sàn", "ngân hàng không bao giờ hỏi");
    }

    @Test
    void a_quiz_reviewed_after_the_last_attempt_shows_nothing_before_it_and_everything_after_it() {
        QuizView view = submitOnce(ReviewPolicy.AFTER_LAST_ATTEMPT, 2);
        assertThat(questions(view)).as("first of two attempts").isEmpty();
        click($(Button.class).id("back-to-quiz"));
        click(view.start);
        answerAndSubmit(view);
        assertThat(questions(view)).as("the last attempt").hasSize(2);
        assertThat(view.resultBox.getElement().getTextRecursively()).contains("Đúng, Postmart là sàn của Bưu điện.");
    }

    /** A learner's first attempt at a new quiz with this review policy, submitted in the view. */
    private QuizView submitOnce(ReviewPolicy review, int attempts) {
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Soạn Đề Xem Lại", Role.ORGANISER);
        AccountSummary learner = people.create("Xem Lại Kết Quả");
        CourseSummary course = SystemTasks.runAsSystem(() -> {
            CourseSummary created = courses.create(new CourseDraft("Khóa xem lại " + System.nanoTime(), "", List.of(),
                    CourseLevel.BASIC, 10));
            courses.addLesson(courses.outline(created.id()).sections().get(0).id(),
                    new LessonDraft("Bài", "Nội dung", 1, null));
            return courses.publish(created.id(), true);
        });
        login(organiser.contact());
        authoring.importGift(course.id(), GIFT);
        List<Long> ids = authoring.bank(course.id()).stream().map(BankQuestion::id).toList();
        QuizOverview quiz = authoring.create(course.id(), new QuizSettings("Xem lại " + review, true, 50, attempts,
                GradingMethod.HIGHEST, null, false, null, null, review), ids);

        login(learner.contact());
        UI.getCurrent().navigate("courses/" + course.slug() + "/quiz/" + quiz.id());
        QuizView view = $(QuizView.class).single();
        click(view.start);
        answerAndSubmit(view);
        return view;
    }

    /** Postmart (right) and "yes" to reading the OTP out (wrong), then "Nộp bài". */
    private void answerAndSubmit(QuizView view) {
        long quizId = Long.parseLong(UI.getCurrent().getActiveViewLocation().getPath().replaceAll(".*/quiz/", ""));
        AttemptSheet sheet = quizzes.start(quizId);
        int market = sheet.questions().get(0).html().contains("Bưu điện") ? 0 : 1;
        quizzes.save(sheet.attemptId(), market, new Answer.Chosen(sheet.questions().get(market).options().indexOf("Postmart")));
        quizzes.save(sheet.attemptId(), 1 - market, new Answer.Truth(true));
        click(view.submit);
    }

    private List<Div> questions(QuizView view) {
        return view.resultBox.getChildren().filter(c -> c.getClassNames().contains("quiz-question"))
                .map(Div.class::cast).toList();
    }
}
