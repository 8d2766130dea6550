package vn.tuoitreso.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseOutline;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.LessonContent;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.learning.LessonSummary;
import vn.tuoitreso.shared.StaleNotice;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;

class LearningViewsIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Catalogue catalogue;
    @Autowired CourseAuthoring authoring;
    @Autowired ApplicationContext context;

    AccountSummary learner;

    @BeforeEach
    void setUp() {
        learner = new TestAccounts(accounts, units).create("Vàng Thị Dợ");
    }

    @Test
    void a_view_is_created_as_vaadin_creates_it_without_a_method_security_proxy_while_its_services_keep_theirs() {
        login(learner.contact());
        Object view = context.getAutowireCapableBeanFactory().createBean(CatalogueView.class);
        assertThat(AopUtils.isAopProxy(view)).isFalse();
        assertThat(AopUtils.isAopProxy(catalogue)).isTrue();
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

    @Test
    void a_lesson_a_colleague_saved_meanwhile_is_kept_and_the_editor_offers_to_read_it_again() {
        login(new TestAccounts(accounts, units).create("Lường Thị Soạn", Role.ORGANISER).contact());
        CourseSummary course = authoring.create(new CourseDraft("Khóa hai người soạn " + System.nanoTime(), "",
                List.of(), CourseLevel.BASIC, 20));
        long section = authoring.outline(course.id()).sections().get(0).id();
        LessonSummary lesson = authoring.addLesson(section, new LessonDraft("Mật khẩu mạnh", "Bản đầu", 10, null));
        UI.getCurrent().navigate("organiser/courses/" + course.id());
        HorizontalLayout row = $(HorizontalLayout.class).withClassName("lesson-row").single();
        click($(Button.class, row).withAriaLabel("Sửa").single());
        LessonEditorDialog dialog = $(LessonEditorDialog.class).single();

        LessonContent colleagueRead = authoring.lesson(lesson.id());
        authoring.updateLesson(lesson.id(), new LessonDraft("Mật khẩu mạnh", "Bản của đồng nghiệp", 10, null,
                colleagueRead.version()));
        dialog.markdown.setValue("Bản của tôi");
        click(dialog.save);

        StaleNotice notice = $(StaleNotice.class).single();
        assertThat(notice.isOpened()).isTrue();
        assertThat(notice.message.getText())
                .isEqualTo("Người khác vừa thay đổi nội dung này. Tải lại để xem bản mới nhất.");
        assertThat(notice.reload.getText()).isEqualTo("Tải lại");
        assertThat(authoring.lesson(lesson.id()).markdown()).isEqualTo("Bản của đồng nghiệp");
        assertThat(dialog.isOpened()).as("what the author wrote is still in front of them").isTrue();
        assertThat(dialog.markdown.getValue()).isEqualTo("Bản của tôi");
        assertThat(dialog.save.isEnabled()).isTrue();

        click(notice.reload);
        assertThat(notice.isOpened()).isFalse();
        assertThat(dialog.markdown.getValue()).isEqualTo("Bản của đồng nghiệp");
        dialog.markdown.setValue("Bản của đồng nghiệp, tôi viết thêm");
        click(dialog.save);
        assertThat(authoring.lesson(lesson.id()).markdown()).isEqualTo("Bản của đồng nghiệp, tôi viết thêm");
        assertThat($(LessonEditorDialog.class).all()).isEmpty();
    }

    @Test
    void a_course_description_saved_by_a_colleague_meanwhile_is_not_overwritten_and_reloading_shows_it() {
        login(new TestAccounts(accounts, units).create("Nông Văn Mô Tả", Role.ORGANISER).contact());
        CourseSummary course = authoring.create(new CourseDraft("Khóa mô tả chung " + System.nanoTime(), "Bản đầu",
                List.of(), CourseLevel.BASIC, 20));
        UI.getCurrent().navigate("organiser/courses/" + course.id());
        CourseEditorView view = $(CourseEditorView.class).single();
        assertThat(view.save.isDisableOnClick()).isTrue();
        assertThat(view.publish.isDisableOnClick()).isTrue();

        CourseDraft colleagueRead = authoring.description(course.id());
        authoring.update(course.id(), new CourseDraft(colleagueRead.title(), "Giới thiệu của đồng nghiệp",
                colleagueRead.topics(), colleagueRead.level(), colleagueRead.estimatedMinutes(), colleagueRead.version()));
        view.summary.setValue("Giới thiệu của tôi");
        click(view.save);

        StaleNotice notice = $(StaleNotice.class).single();
        assertThat(notice.message.getText())
                .isEqualTo("Người khác vừa thay đổi nội dung này. Tải lại để xem bản mới nhất.");
        assertThat(authoring.description(course.id()).summary()).isEqualTo("Giới thiệu của đồng nghiệp");
        assertThat(view.save.isEnabled()).isTrue();

        click(notice.reload);
        assertThat(view.summary.getValue()).isEqualTo("Giới thiệu của đồng nghiệp");
        view.summary.setValue("Giới thiệu chung của hai người");
        click(view.save);
        click(view.save);
        assertThat(authoring.description(course.id()).summary()).isEqualTo("Giới thiệu chung của hai người");
        assertThat($(StaleNotice.class).all()).noneMatch(StaleNotice::isOpened);
    }

    @Test
    void publishing_and_hiding_a_course_is_one_button_that_says_what_it_will_do() {
        login(new TestAccounts(accounts, units).create("Đinh Thị Công Bố", Role.ORGANISER).contact());
        CourseSummary course = authoring.create(new CourseDraft("Khóa công bố " + System.nanoTime(), "", List.of(),
                CourseLevel.BASIC, 20));
        authoring.addLesson(authoring.outline(course.id()).sections().get(0).id(),
                new LessonDraft("Bài một", "Nội dung", 5, null));
        UI.getCurrent().navigate("organiser/courses/" + course.id());
        CourseEditorView view = $(CourseEditorView.class).single();
        assertThat(view.status.getText()).isEqualTo("Đang ẩn");
        assertThat(view.publish.getText()).isEqualTo("Công bố cho học viên");

        click(view.publish);
        assertThat(authoring.outline(course.id()).course().published()).isTrue();
        assertThat(view.status.getText()).isEqualTo("Đã công bố cho học viên");
        assertThat(view.publish.getText()).isEqualTo("Ẩn khỏi học viên");
        assertThat(view.publish.isEnabled()).as("ready again once the server has answered").isTrue();

        click(view.publish);
        assertThat(authoring.outline(course.id()).course().published()).isFalse();
    }
}
