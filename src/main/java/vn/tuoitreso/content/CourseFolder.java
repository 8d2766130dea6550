package vn.tuoitreso.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.tuoitreso.learning.CourseDefinition;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseReferences;

/**
 * Reads one course folder: {@code course.yaml} (title, summary, topics, level, minutes, order and
 * the sections naming their lessons) and {@code lessons/NN-slug.md} (YAML front matter, then Markdown).
 */
final class CourseFolder {

    private CourseFolder() {
    }

    /** How many questions the final quiz draws from the bank for each attempt, when the course says so. */
    static @Nullable Integer quizQuestions(Path folder) throws IOException {
        Object value = yamlMap(Files.readString(folder.resolve("course.yaml"), StandardCharsets.UTF_8),
                folder.resolve("course.yaml")).get("quizQuestions");
        return value instanceof Number n && n.intValue() > 0 ? n.intValue() : null;
    }

    static CourseDefinition read(Path folder) throws IOException {
        Map<?, ?> course = yamlMap(Files.readString(folder.resolve("course.yaml"), StandardCharsets.UTF_8),
                folder.resolve("course.yaml"));
        String slug = text(course, "slug", folder);
        if (!slug.equals(folder.getFileName().toString())) {
            throw new IllegalArgumentException(folder + ": slug '" + slug + "' differs from the folder name");
        }
        List<CourseDefinition.Section> sections = new ArrayList<>();
        for (Object item : list(course.get("sections"))) {
            Map<?, ?> section = (Map<?, ?>) item;
            List<CourseDefinition.Lesson> lessons = new ArrayList<>();
            for (Object name : list(section.get("lessons"))) {
                lessons.add(lesson(folder.resolve("lessons").resolve(name + ".md")));
            }
            sections.add(new CourseDefinition.Section(text(section, "title", folder), lessons));
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException(folder + ": a course needs at least one section");
        }
        List<String> topics = list(course.get("topics")).stream().map(Object::toString).toList();
        return new CourseDefinition(slug, text(course, "title", folder), text(course, "summary", folder), topics,
                CourseLevel.valueOf(text(course, "level", folder).toUpperCase(Locale.ROOT)),
                number(course.get("estimatedMinutes")), number(course.get("order")), sections,
                references(course, folder), lessonHistory(course, folder));
    }

    private static CourseReferences references(Map<?, ?> course, Path folder) {
        Object checked = course.get("checked");
        LocalDate day = checked instanceof Date date ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                : checked == null ? null : LocalDate.parse(checked.toString().strip());
        List<CourseReferences.Source> sources = new ArrayList<>();
        for (Object item : list(course.get("sources"))) {
            Map<?, ?> source = (Map<?, ?>) item;
            Object url = source.get("url");
            sources.add(new CourseReferences.Source(text(source, "title", folder),
                    url == null ? null : url.toString().strip()));
        }
        List<CourseReferences.Term> glossary = new ArrayList<>();
        for (Object item : list(course.get("glossary"))) {
            Map<?, ?> term = (Map<?, ?>) item;
            glossary.add(new CourseReferences.Term(text(term, "term", folder), text(term, "meaning", folder)));
        }
        return new CourseReferences(day, sources, glossary);
    }

    /** Old lesson names become slugs as lesson files do: without their number prefix. */
    private static List<CourseDefinition.LessonMove> lessonHistory(Map<?, ?> course, Path folder) {
        List<CourseDefinition.LessonMove> moves = new ArrayList<>();
        for (Object item : list(course.get("lessonHistory"))) {
            Map<?, ?> move = (Map<?, ?>) item;
            moves.add(new CourseDefinition.LessonMove(lessonSlug(text(move, "from", folder)),
                    list(move.get("to")).stream().map(o -> lessonSlug(o.toString())).toList()));
        }
        return moves;
    }

    private static String lessonSlug(String name) {
        return name.strip().replaceFirst("\\.md$", "").replaceFirst("^\\d+-", "");
    }

    static CourseDefinition.Lesson lesson(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!content.startsWith("---\n")) {
            throw new IllegalArgumentException(file + ": a lesson starts with YAML front matter between --- lines");
        }
        int end = content.indexOf("\n---", 4);
        if (end < 0) {
            throw new IllegalArgumentException(file + ": the front matter is not closed by ---");
        }
        Map<?, ?> front = yamlMap(content.substring(4, end), file);
        String body = content.substring(content.indexOf('\n', end + 1) + 1).strip() + "\n";
        String slug = lessonSlug(file.getFileName().toString());
        Object video = front.get("video");
        return new CourseDefinition.Lesson(slug, text(front, "title", file), number(front.get("minutes")),
                video == null ? null : video.toString().strip(), body);
    }

    private static Map<?, ?> yamlMap(String yaml, Path file) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": expected a YAML map");
        }
        return map;
    }

    private static List<?> list(@Nullable Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static int number(@Nullable Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static String text(Map<?, ?> map, String key, Path where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing");
        }
        return value.toString().strip();
    }
}
