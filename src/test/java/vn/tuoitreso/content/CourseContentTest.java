package vn.tuoitreso.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.tuoitreso.learning.CourseDefinition;
import vn.tuoitreso.quiz.gift.GiftImport;
import vn.tuoitreso.quiz.gift.GiftParser;
import vn.tuoitreso.quiz.model.TrueFalse;

/**
 * The content checks of every seed course: its sources and when it was last checked, lessons sized for
 * a phone, Cao Bằng rather than another province, and a final quiz bank that imports cleanly, is twice
 * what an attempt draws, and keeps true/false keys balanced.
 */
class CourseContentTest {

    private static final int MAX_LESSON_WORDS = 700;
    private static final List<String> OTHER_PROVINCE = List.of("Lai Châu", "Sìn Hồ", "Than Uyên", "Tam Đường",
            "Mường Tè", "Phong Thổ", "Tân Uyên", "Nậm Nhùn", "thảo quả", "Shan tuyết");

    static List<Path> seedCourses() throws IOException {
        try (Stream<Path> all = Files.list(Path.of("seed-content/courses"))) {
            return all.filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("seedCourses")
    void a_course_names_its_sources_and_when_it_was_checked(Path folder) {
        Map<?, ?> course = yaml(folder);
        assertThat(course.get("checked")).as("checked").isNotNull();
        assertThat(course.get("checked").toString()).matches("(?s).*20\\d\\d.*");
        assertThat((List<?>) course.get("sources")).as("sources").isNotEmpty()
                .allSatisfy(s -> assertThat(((Map<?, ?>) s).get("title")).as("a source's title").isNotNull());
    }

    @ParameterizedTest
    @MethodSource("seedCourses")
    void a_course_fits_a_phone_and_belongs_to_cao_bang(Path folder) throws IOException {
        CourseDefinition course = CourseFolder.read(folder);
        for (CourseDefinition.Lesson lesson : course.sections().stream().flatMap(s -> s.lessons().stream()).toList()) {
            assertThat(lesson.markdown().strip().split("\\s+").length).as(lesson.slug() + " words")
                    .isLessThanOrEqualTo(MAX_LESSON_WORDS);
            assertThat(lesson.markdown()).as(lesson.slug()).doesNotContain(OTHER_PROVINCE);
            assertThat(lesson.markdown()).as(lesson.slug() + ": no three-column table")
                    .doesNotContainPattern("(?m)^\\|[^|\\n]*\\|[^|\\n]*\\|[^|\\n]*\\|");
        }
        assertThat(course.title() + course.summary()).doesNotContain(OTHER_PROVINCE);
    }

    @ParameterizedTest
    @MethodSource("seedCourses")
    void a_course_has_a_balanced_bank_twice_what_an_attempt_draws(Path folder) throws IOException {
        GiftImport bank = GiftParser.parse(Files.readString(folder.resolve("quiz.gift"), StandardCharsets.UTF_8));
        assertThat(bank.problems()).as("GIFT problems").isEmpty();
        Integer draws = CourseFolder.quizQuestions(folder);
        assertThat(draws).as("quizQuestions").isNotNull();
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(2 * draws);
        List<TrueFalse> trueFalse = bank.questions().stream().filter(TrueFalse.class::isInstance)
                .map(TrueFalse.class::cast).toList();
        long trueKeys = trueFalse.stream().filter(TrueFalse::correct).count();
        assertThat(Math.min(trueKeys, trueFalse.size() - trueKeys)).as("true/false keys balanced")
                .isGreaterThanOrEqualTo(trueFalse.size() / 3);
        for (TrueFalse q : trueFalse) {
            if (!q.correct() && q.feedbackOnFalse() != null) {
                assertThat(q.feedbackOnFalse()).as(q.name() + ": praise after the answer “Sai”").doesNotStartWith("Đúng");
            }
        }
    }

    private static Map<?, ?> yaml(Path folder) {
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(folder.resolve("course.yaml"), StandardCharsets.UTF_8));
            return (Map<?, ?>) root;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
