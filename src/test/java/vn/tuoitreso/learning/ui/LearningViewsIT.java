package vn.tuoitreso.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseOutline;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

class LearningViewsIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Catalogue catalogue;
    @Autowired CourseAuthoring authoring;

    AccountSummary learner;

    @BeforeEach
    void setUp() {
        learner = new TestAccounts(accounts, units).create("Vàng Thị Dợ");
    }

    @Test
    void the_catalogue_finds_a_course_typed_without_diacritics() {
        login(learner.contact());
        UI.getCurrent().navigate(CatalogueView.class);
        CatalogueView view = $(CatalogueView.class).single();
        view.search.setValue("thuong mai dien tu");
        List<CourseSummary> shown = view.data.fetch(new Query<>()).toList();
        assertThat(shown).extracting(CourseSummary::title).containsExactly("Bán hàng trên sàn thương mại điện tử");
    }

    @Test
    void marking_a_lesson_done_moves_the_progress_bar_and_the_home_page_offers_to_continue() {
        CourseOutline course = SystemTasks.runAsSystem(() -> catalogue.outline("dinh-danh-dien-tu-vneid").orElseThrow());
        login(learner.contact());
        UI.getCurrent().navigate("courses/" + course.course().slug() + "/" + course.lessons().get(0).slug());
        LessonView view = $(LessonView.class).single();
        assertThat($(ProgressBar.class, view.progressBox).single().getValue()).isZero();

        click(view.done);

        double expected = 1.0 / course.lessons().size();
        assertThat($(ProgressBar.class, view.progressBox).single().getValue()).isEqualTo(expected);
        assertThat($(Span.class, view.progressBox).single().getText()).startsWith("Đã học 1/" + course.lessons().size());
        assertThat(view.done.isEnabled()).isFalse();

        UI.getCurrent().navigate("learner");
        Anchor next = $(Anchor.class).id("continue-link");
        assertThat(next.getText()).isEqualTo(course.lessons().get(1).title());
    }

    @Test
    void an_organiser_writes_a_lesson_with_a_live_preview() {
        AccountSummary organiser = new TestAccounts(accounts, units).create("Hà Thị Soạn", Role.ORGANISER);
        login(organiser.contact());
        CourseSummary course = authoring.create(new vn.tuoitreso.learning.CourseDraft("Khóa soạn thử " + System.nanoTime(),
                "", List.of(), vn.tuoitreso.learning.CourseLevel.BASIC, 20));
        UI.getCurrent().navigate("organiser/courses/" + course.id());
        click($(com.vaadin.flow.component.button.Button.class).withText("Thêm bài học").single());
        LessonEditorDialog dialog = $(LessonEditorDialog.class).single();
        dialog.title.setValue("Chụp ảnh sản phẩm");
        dialog.markdown.setValue("## Ánh sáng\n\n**Chụp ban ngày** <script>alert(1)</script>");
        assertThat(dialog.preview.getElement().getOuterHTML()).contains("<h2>Ánh sáng</h2>", "<strong>Chụp ban ngày</strong>")
                .doesNotContain("<script>");
        click($(com.vaadin.flow.component.button.Button.class).id("save-lesson"));

        assertThat(authoring.outline(course.id()).lessons()).extracting(l -> l.title()).containsExactly("Chụp ảnh sản phẩm");
        assertThat($(LessonEditorDialog.class).all()).isEmpty();
    }
}
