package vn.tuoitreso.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
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
import vn.tuoitreso.quiz.QuizAuthoring;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

class QuizAdminViewIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired CourseAuthoring courses;
    @Autowired QuizAuthoring quizzes;

    @Test
    void a_broken_gift_text_is_explained_line_by_line_in_vietnamese_and_a_good_one_fills_the_bank() {
        AccountSummary organiser = new TestAccounts(accounts, units).create("Nhập Câu Hỏi", Role.ORGANISER);
        login(organiser.contact());
        CourseSummary course = courses.create(new CourseDraft("Khóa GIFT " + System.nanoTime(), "", List.of(),
                CourseLevel.BASIC, 10));
        UI.getCurrent().navigate("organiser/courses/" + course.id() + "/quizzes");
        QuizAdminView view = $(QuizAdminView.class).single();

        view.gift.setValue("::Một::Thủ đô của Việt Nam?{=Hà Nội ~Huế\n\n::Hai::Ghép đôi{=a -> b}");
        click(view.importGift);
        assertThat($(ListItem.class, view.problems).all()).extracting(ListItem::getText)
                .contains("Chưa nhập câu nào vì tệp có lỗi:")
                .anyMatch(t -> t.startsWith("Dòng 1: Khối đáp án mở ở dòng này chưa được đóng"));
        assertThat(quizzes.bank(course.id())).isEmpty();

        view.gift.setValue("::Một::Thủ đô của Việt Nam là Hà Nội.{TRUE}\n\n::Hai::Viết tắt của căn cước công dân?{=CCCD}");
        click(view.importGift);
        assertThat(quizzes.bank(course.id())).hasSize(2);
        assertThat(view.gift.getValue()).isEmpty();
        assertThat(view.importGift.isDisableOnClick()).as("a second tap on a weak signal imports nothing twice")
                .isTrue();
        assertThat(view.importGift.isEnabled()).as("ready again once the server has answered").isTrue();
    }
}
