package vn.tuoitreso.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tuoitreso.learning.CourseDefinition;

class CourseFolderTest {

    @Test
    void the_seed_courses_are_complete_and_substantial() throws IOException {
        List<CourseDefinition> courses = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Path.of("seed-content/courses"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                courses.add(CourseFolder.read(folder));
            }
        }
        assertThat(courses).extracting(CourseDefinition::slug).contains("ban-hang-tren-san-thuong-mai-dien-tu",
                "dich-vu-cong-truc-tuyen", "thanh-toan-dien-tu-an-toan", "dinh-danh-dien-tu-vneid",
                "an-toan-thong-tin-va-tin-gia", "to-cong-nghe-so-cong-dong",
                "viec-lam-lua-dao-va-mua-ban-nguoi", "suc-khoe-va-bao-hiem-tren-dien-thoai",
                "dung-dien-thoai-thong-minh-tiet-kiem-du-lieu", "du-lich-cong-dong-tren-mang",
                "dung-tri-tue-nhan-tao-an-toan");
        for (CourseDefinition course : courses) {
            List<CourseDefinition.Lesson> lessons = course.sections().stream().flatMap(s -> s.lessons().stream())
                    .toList();
            assertThat(lessons).as(course.slug()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(lessons).allSatisfy(l -> assertThat(l.markdown().split("\\s+").length)
                    .as(l.slug()).isGreaterThan(300));
            assertThat(course.title()).matches(".*[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữíìịỉĩúùụủũóòọỏõéèẹẻẽýỳỵỷỹ].*");
        }
    }

    @Test
    void a_course_naming_a_missing_lesson_is_refused(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("thu"));
        Files.writeString(folder.resolve("course.yaml"), """
                slug: thu
                title: Khóa thử
                summary: Thử
                level: BASIC
                sections:
                  - title: Phần 1
                    lessons: [01-khong-co]
                """);
        assertThatThrownBy(() -> CourseFolder.read(folder)).isInstanceOf(IOException.class);
    }

    @Test
    void a_lesson_reads_its_front_matter_and_body(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("02-bai-hai.md");
        Files.writeString(file, "---\ntitle: Bài hai\nminutes: 12\nvideo: https://example.vn/v\n---\n## Nội dung\n\nChữ.\n");
        CourseDefinition.Lesson lesson = CourseFolder.lesson(file);
        assertThat(lesson.slug()).isEqualTo("bai-hai");
        assertThat(lesson.title()).isEqualTo("Bài hai");
        assertThat(lesson.minutes()).isEqualTo(12);
        assertThat(lesson.videoUrl()).isEqualTo("https://example.vn/v");
        assertThat(lesson.markdown()).isEqualTo("## Nội dung\n\nChữ.\n");
    }
}
