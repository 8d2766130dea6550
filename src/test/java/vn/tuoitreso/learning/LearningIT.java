package vn.tuoitreso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

@PlatformTest
@RecordApplicationEvents
class LearningIT {

    @Autowired Catalogue catalogue;
    @Autowired Enrolments enrolments;
    @Autowired CourseAuthoring authoring;
    @Autowired CourseAssets assets;
    @Autowired CourseImports imports;
    @Autowired OfflineCourses offline;
    @Autowired Media media;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    TestAccounts testAccounts;
    AccountSummary organiser;
    AccountSummary learner;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(accounts, units);
        organiser = testAccounts.create("Trần Thị Soạn", Role.ORGANISER);
        learner = testAccounts.create("Lò Văn Học");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_seed_courses_are_published_after_start_up() {
        TestAccounts.login(users, learner);
        assertThat(catalogue.find("", null, 0, 100)).extracting(CourseSummary::slug).contains(
                "ban-hang-tren-san-thuong-mai-dien-tu", "dich-vu-cong-truc-tuyen", "thanh-toan-dien-tu-an-toan",
                "dinh-danh-dien-tu-vneid", "an-toan-thong-tin-va-tin-gia", "to-cong-nghe-so-cong-dong");
        assertThat(catalogue.outline("dinh-danh-dien-tu-vneid")).hasValueSatisfying(
                o -> assertThat(o.lessons()).hasSizeGreaterThanOrEqualTo(4));
    }

    @Test
    void the_catalogue_finds_courses_typed_without_diacritics() {
        TestAccounts.login(users, learner);
        assertThat(catalogue.find("thuong mai dien tu", null, 0, 10)).extracting(CourseSummary::title)
                .contains("Bán hàng trên sàn thương mại điện tử");
        assertThat(catalogue.find("DINH DANH", null, 0, 10)).extracting(CourseSummary::slug)
                .contains("dinh-danh-dien-tu-vneid").doesNotContain("ban-hang-tren-san-thuong-mai-dien-tu");
        assertThat(catalogue.count("khong co khoa nao nhu the nay", null)).isZero();
        String topic = catalogue.topics().get(0);
        assertThat(catalogue.find("", topic, 0, 10)).isNotEmpty().allSatisfy(c -> assertThat(c.topics()).contains(topic));
    }

    @Test
    void importing_the_seed_again_adds_nothing_and_keeps_an_organisers_edit() {
        SystemTasks.runAsSystem(() -> {
            CourseOutline outline = authoring.outline(idOf("dich-vu-cong-truc-tuyen"));
            long lessonId = outline.lessons().get(0).id();
            LessonContent content = authoring.lesson(lessonId);
            authoring.updateLesson(lessonId, new LessonDraft(content.title(), content.markdown() + "\n\nGhi chú của ban tổ chức.",
                    content.minutes(), content.videoUrl(), content.version()));
            CourseDefinition again = new CourseDefinition("dich-vu-cong-truc-tuyen", "Khác", "Khác", List.of(),
                    CourseLevel.BASIC, 1, 1, List.of(new CourseDefinition.Section("Phần", List.of(
                            new CourseDefinition.Lesson("bai", "Bài", 1, null, "Nội dung khác")))));
            assertThat(imports.importCourse(again)).isEqualTo(CourseImports.Outcome.UNCHANGED);
            assertThat(authoring.lesson(lessonId).markdown()).endsWith("Ghi chú của ban tổ chức.");
        });
    }

    @Test
    void enrolling_reading_and_completing_moves_progress_and_completes_the_course_once() {
        CourseSummary course = newCourse(3);
        TestAccounts.login(users, learner);
        assertThat(enrolments.progress(course.id()).enrolled()).isFalse();
        assertThat(enrolments.enrol(course.id()).percent()).isZero();
        assertThat(enrolments.enrol(course.id()).enrolled()).isTrue();

        List<LessonSummary> lessons = catalogue.outline(course.slug()).orElseThrow().lessons();
        LessonPage page = enrolments.open(course.slug(), lessons.get(0).slug());
        assertThat(page.html()).contains("<h2>Bài 1</h2>");
        assertThat(page.previous()).isNull();
        assertThat(page.next()).isEqualTo(lessons.get(1));

        assertThat(enrolments.complete(lessons.get(0).id()).completedLessons()).isEqualTo(1);
        assertThat(enrolments.complete(lessons.get(0).id()).completedLessons()).isEqualTo(1);
        assertThat(enrolments.complete(lessons.get(1).id()).percent()).isEqualTo(67);
        assertThat(enrolments.continueLearning()).hasValueSatisfying(
                c -> assertThat(c.continueWith()).isEqualTo(lessons.get(2)));
        assertThat(events.stream(CourseCompleted.class)).isEmpty();

        Progress done = enrolments.complete(lessons.get(2).id());
        enrolments.complete(lessons.get(2).id());
        assertThat(done.completed()).isTrue();
        assertThat(events.stream(CourseCompleted.class))
                .containsExactly(new CourseCompleted(learner.id(), course.id()));
        assertThat(events.stream(LessonCompleted.class)).hasSize(3);
    }

    @Test
    void edits_and_reordering_never_lose_progress() {
        CourseSummary course = newCourse(3);
        TestAccounts.login(users, learner);
        List<LessonSummary> lessons = catalogue.outline(course.slug()).orElseThrow().lessons();
        enrolments.complete(lessons.get(0).id());

        TestAccounts.login(users, organiser);
        authoring.moveLesson(lessons.get(0).id(), 1);
        authoring.updateLesson(lessons.get(0).id(), new LessonDraft("Bài 1 (sửa)", "Nội dung mới", 5, null,
                authoring.lesson(lessons.get(0).id()).version()));
        authoring.deleteLesson(lessons.get(2).id());

        TestAccounts.login(users, learner);
        Progress progress = enrolments.progress(course.id());
        assertThat(progress.completedLessonIds()).containsExactly(lessons.get(0).id());
        assertThat(progress.totalLessons()).isEqualTo(2);
        assertThat(progress.percent()).isEqualTo(50);
        assertThat(catalogue.outline(course.slug()).orElseThrow().lessons()).extracting(LessonSummary::id)
                .containsExactly(lessons.get(1).id(), lessons.get(0).id());
    }

    @Test
    void only_organisers_and_administrators_write_courses() {
        assertThatThrownBy(() -> authoring.create(draft("Khóa của khách")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestAccounts.login(users, learner);
        assertThatThrownBy(() -> authoring.create(draft("Khóa của học viên"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.publish(idOf("dich-vu-cong-truc-tuyen"), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assets.deleteHandout(1)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.login(users, organiser);
        assertThat(authoring.create(draft("Khóa của ban tổ chức")).published()).isFalse();
    }

    @Test
    void hidden_courses_are_not_shown_to_learners() {
        CourseSummary course = newCourse(1);
        TestAccounts.login(users, organiser);
        authoring.publish(course.id(), false);
        TestAccounts.login(users, learner);
        assertThat(catalogue.outline(course.slug())).isEmpty();
        assertThatThrownBy(() -> enrolments.enrol(course.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_offline_file_holds_every_lesson_with_diacritics_and_its_pictures_inline() throws Exception {
        CourseSummary course = newCourse(2);
        TestAccounts.login(users, organiser);
        String imageMarkdown = assets.uploadImage(course.id(), "ruộng bậc thang.png", png(2000, 1000));
        long firstLesson = authoring.outline(course.id()).lessons().get(0).id();
        authoring.updateLesson(firstLesson, new LessonDraft("Bài 1", "## Bài 1\n\nRuộng bậc thang Mù Cang Chải.\n\n"
                + imageMarkdown, 5, null, authoring.lesson(firstLesson).version()));

        TestAccounts.login(users, learner);
        OfflineCourses.OfflineFile file = offline.download(course.slug());
        String html = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(file.fileName()).isEqualTo(course.slug() + ".html");
        assertThat(html).contains("Ruộng bậc thang Mù Cang Chải.", "Nội dung bài 2 có dấu: điện thoại",
                "src=\"data:image/png;base64,").doesNotContain("src=\"media/");

        long assetId = Long.parseLong(imageMarkdown.replaceAll(".*\\(media/(\\d+)/.*", "$1"));
        BufferedImage served = ImageIO.read(new java.io.ByteArrayInputStream(media.file(assetId).orElseThrow().data()));
        assertThat(served.getWidth()).isEqualTo(960);
        assertThat(served.getHeight()).isEqualTo(480);
    }

    @Test
    void a_file_that_is_not_a_picture_or_an_allowed_handout_is_refused() {
        CourseSummary course = newCourse(1);
        TestAccounts.login(users, organiser);
        assertThatThrownBy(() -> assets.uploadImage(course.id(), "anh.png", "MZ not a picture".getBytes()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("learning.upload.notImage"));
        long lesson = authoring.outline(course.id()).lessons().get(0).id();
        assertThatThrownBy(() -> assets.uploadHandout(lesson, "tai-lieu.pdf", "MZ executable".getBytes()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("learning.upload.handoutType"));
        assertThat(assets.uploadHandout(lesson, "../../huong-dan.pdf", "%PDF-1.4 test".getBytes()).fileName())
                .isEqualTo("huong-dan.pdf");
    }

    @Test
    void a_handout_is_what_its_content_says_and_must_be_named_as_such() {
        CourseSummary course = newCourse(1);
        TestAccounts.login(users, organiser);
        long lesson = authoring.outline(course.id()).lessons().get(0).id();
        assertThatThrownBy(() -> assets.uploadHandout(lesson, "bao-cao.txt", "%PDF-1.4 test".getBytes()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("learning.upload.handoutType"));
        assertThatThrownBy(() -> assets.uploadHandout(lesson, "trong.pdf", new byte[0]))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("learning.upload.handoutType"));

        AssetSummary notes = assets.uploadHandout(lesson, "ghi chú.txt",
                "Ghi chú: mang theo căn cước khi đi làm thủ tục.".getBytes(StandardCharsets.UTF_8));
        assertThat(notes.fileName()).isEqualTo("ghi chú.txt");
        assertThat(notes.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(assets.handouts(lesson)).extracting(AssetSummary::id).containsExactly(notes.id());
        assets.deleteHandout(notes.id());
        assertThat(assets.handouts(lesson)).isEmpty();
    }

    @Test
    void two_organisers_edit_the_same_lesson_and_the_second_save_is_refused_keeping_the_first_text() {
        CourseSummary course = newCourse(1);
        TestAccounts.login(users, organiser);
        long lessonId = authoring.outline(course.id()).lessons().get(0).id();
        LessonContent readByFirst = authoring.lesson(lessonId);
        LessonContent readBySecond = authoring.lesson(lessonId);

        authoring.updateLesson(lessonId, new LessonDraft("Bài 1", "Bản của người thứ nhất", 10, null,
                readByFirst.version()));

        assertThatThrownBy(() -> authoring.updateLesson(lessonId, new LessonDraft("Bài 1", "Bản của người thứ hai",
                10, null, readBySecond.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly(StaleEdit.MESSAGE_KEY));
        LessonContent kept = authoring.lesson(lessonId);
        assertThat(kept.markdown()).isEqualTo("Bản của người thứ nhất");

        authoring.updateLesson(lessonId, new LessonDraft("Bài 1", "Bản của người thứ hai, sau khi tải lại", 10, null,
                kept.version()));
        assertThat(authoring.lesson(lessonId).markdown()).isEqualTo("Bản của người thứ hai, sau khi tải lại");
    }

    @Test
    void moving_lessons_around_does_not_make_an_open_lesson_editor_stale() {
        CourseSummary course = newCourse(3);
        TestAccounts.login(users, organiser);
        List<LessonSummary> lessons = authoring.outline(course.id()).lessons();
        LessonContent open = authoring.lesson(lessons.get(2).id());
        authoring.moveLesson(lessons.get(0).id(), 1);
        authoring.moveLesson(lessons.get(2).id(), -1);
        long section = authoring.outline(course.id()).sections().get(0).id();
        authoring.addLesson(section, new LessonDraft("Bài mới", "Nội dung", 5, null));

        authoring.updateLesson(open.id(), new LessonDraft("Bài 3", "Sửa sau khi các bài đã đổi chỗ", 10, null,
                open.version()));
        assertThat(authoring.lesson(open.id()).markdown()).isEqualTo("Sửa sau khi các bài đã đổi chỗ");
    }

    @Test
    void a_section_renamed_by_someone_else_is_neither_renamed_nor_moved_from_the_old_reading() {
        CourseSummary course = newCourse(1);
        TestAccounts.login(users, organiser);
        authoring.addSection(course.id(), "Phần hai");
        List<SectionOutline> readByBoth = authoring.outline(course.id()).sections();
        SectionOutline first = readByBoth.get(0);

        authoring.renameSection(first.id(), "Phần một (người thứ nhất)", first.version());

        assertThatThrownBy(() -> authoring.renameSection(first.id(), "Phần một (người thứ hai)", first.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(StaleEdit.is(e)).isTrue());
        assertThatThrownBy(() -> authoring.moveSection(first.id(), 1, first.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(StaleEdit.is(e)).isTrue());
        assertThat(authoring.outline(course.id()).sections()).extracting(SectionOutline::title)
                .containsExactly("Phần một (người thứ nhất)", "Phần hai");

        SectionOutline reread = authoring.outline(course.id()).sections().get(0);
        authoring.moveSection(reread.id(), 1, reread.version());
        assertThat(authoring.outline(course.id()).sections()).extracting(SectionOutline::title)
                .containsExactly("Phần hai", "Phần một (người thứ nhất)");
        SectionOutline second = readByBoth.get(1);
        assertThatThrownBy(() -> authoring.deleteSection(second.id(), second.version()))
                .as("moving renumbered it: the old reading is stale")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(StaleEdit.is(e)).isTrue());
        SectionOutline empty = authoring.outline(course.id()).sections().get(0);
        authoring.deleteSection(empty.id(), empty.version());
        assertThat(authoring.outline(course.id()).sections()).extracting(SectionOutline::title)
                .containsExactly("Phần một (người thứ nhất)");
    }

    @Test
    void a_description_saved_from_an_old_reading_is_refused_but_publishing_is_not_an_edit_of_it() {
        CourseSummary course = newCourse(1);
        TestAccounts.login(users, organiser);
        CourseDraft read = authoring.description(course.id());
        authoring.publish(course.id(), false);
        authoring.publish(course.id(), true);

        CourseDraft saved = authoring.update(course.id(), new CourseDraft(read.title(), "Giới thiệu mới",
                read.topics(), read.level(), read.estimatedMinutes(), read.version()));
        assertThat(saved.version()).isGreaterThan(read.version());
        assertThat(saved.summary()).isEqualTo("Giới thiệu mới");

        assertThatThrownBy(() -> authoring.update(course.id(), new CourseDraft(read.title(), "Giới thiệu cũ",
                read.topics(), read.level(), read.estimatedMinutes(), read.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(StaleEdit.is(e)).isTrue());
        assertThat(authoring.description(course.id()).summary()).isEqualTo("Giới thiệu mới");
        authoring.update(course.id(), new CourseDraft(read.title(), "Giới thiệu lần ba", read.topics(), read.level(),
                read.estimatedMinutes(), saved.version()));
        assertThat(authoring.description(course.id()).summary()).isEqualTo("Giới thiệu lần ba");
    }

    @Test
    void a_save_racing_another_to_the_database_is_refused_as_stale_and_not_as_an_unexpected_error() {
        CourseSummary course = newCourse(1);
        TestAccounts.login(users, organiser);
        long lessonId = authoring.outline(course.id()).lessons().get(0).id();
        LessonContent read = authoring.lesson(lessonId);
        TransactionTemplate request = new TransactionTemplate(transactions);
        TransactionTemplate colleague = new TransactionTemplate(transactions);
        colleague.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        request.executeWithoutResult(status -> {
            // this request has read the lesson, and so passes the version check ...
            authoring.lesson(lessonId);
            // ... while a colleague's save commits before this one writes
            colleague.executeWithoutResult(other -> jdbc.update(
                    "UPDATE learning_lesson SET body = ?, version = version + 1 WHERE id = ?", "Bản của đồng nghiệp",
                    lessonId));
            assertThatThrownBy(() -> authoring.updateLesson(lessonId, new LessonDraft("Bài 1", "Bản chậm hơn", 10,
                    null, read.version())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(StaleEdit.is(e)).isTrue());
            status.setRollbackOnly();
        });
        assertThat(authoring.lesson(lessonId).markdown()).isEqualTo("Bản của đồng nghiệp");
    }

    private CourseSummary newCourse(int lessons) {
        TestAccounts.login(users, organiser);
        CourseSummary course = authoring.create(draft("Khóa thử " + System.nanoTime()));
        long section = authoring.outline(course.id()).sections().get(0).id();
        for (int i = 1; i <= lessons; i++) {
            authoring.addLesson(section, new LessonDraft("Bài " + i, "## Bài " + i + "\n\nNội dung bài " + i
                    + " có dấu: điện thoại, thương mại.", 10, null));
        }
        CourseSummary published = authoring.publish(course.id(), true);
        SecurityContextHolder.clearContext();
        return published;
    }

    private static CourseDraft draft(String title) {
        return new CourseDraft(title, "Giới thiệu", List.of("Thử nghiệm"), CourseLevel.BASIC, 30);
    }

    private long idOf(String slug) {
        return SystemTasks.runAsSystem(() -> catalogue.outline(slug).orElseThrow().course().id());
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
