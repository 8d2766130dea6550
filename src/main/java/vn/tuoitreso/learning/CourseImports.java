package vn.tuoitreso.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.learning.course.Course;
import vn.tuoitreso.learning.course.CourseRepository;
import vn.tuoitreso.learning.course.Lesson;
import vn.tuoitreso.learning.course.LessonRepository;
import vn.tuoitreso.learning.course.Section;
import vn.tuoitreso.learning.course.SectionRepository;
import vn.tuoitreso.learning.progress.Completion;
import vn.tuoitreso.learning.progress.CompletionRepository;

/**
 * Courses from the seed folder. A new one is added and published. An existing one is revised only when
 * the seed's content was checked later than the course's: description, sources, sections and lessons
 * follow the seed, lessons keep their IDs by slug, and completions of a lesson that was split or renamed
 * are carried to the lessons that replaced it before it goes. Running it again changes nothing.
 */
@Service
@RolesAllowed("ADMIN")
public class CourseImports {

    /** What importing one course did. */
    public enum Outcome { ADDED, REVISED, UNCHANGED }

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final CourseRepository courses;
    private final SectionRepository sections;
    private final LessonRepository lessons;
    private final CompletionRepository completions;
    private final java.time.Clock clock;

    CourseImports(CourseRepository courses, SectionRepository sections, LessonRepository lessons,
            CompletionRepository completions, java.time.Clock clock) {
        this.courses = courses;
        this.sections = sections;
        this.lessons = lessons;
        this.completions = completions;
        this.clock = clock;
    }

    @Transactional
    public Outcome importCourse(CourseDefinition definition) {
        if (!SLUG.matcher(definition.slug()).matches()) {
            throw new IllegalArgumentException("not a slug: " + definition.slug());
        }
        Instant now = clock.instant();
        Course existing = courses.findBySlug(definition.slug()).orElse(null);
        if (existing != null) {
            return newer(definition, existing) ? revise(existing, definition, now) : Outcome.UNCHANGED;
        }
        Course course = courses.save(new Course(definition.slug(), definition.displayOrder(), now));
        describe(course, definition, now);
        place(course, definition, new HashMap<>());
        course.publish(now);
        return Outcome.ADDED;
    }

    private static boolean newer(CourseDefinition definition, Course course) {
        return definition.references().checked() != null && (course.contentChecked() == null
                || definition.references().checked().isAfter(course.contentChecked()));
    }

    private Outcome revise(Course course, CourseDefinition definition, Instant now) {
        describe(course, definition, now);
        course.placeInCatalogue(definition.displayOrder());
        Map<String, Lesson> before = new HashMap<>();
        lessons.findByCourseIdOrderByPositionAscIdAsc(course.id()).forEach(l -> before.put(l.slug(), l));
        List<Section> oldSections = sections.findByCourseIdOrderByPositionAscIdAsc(course.id());
        Map<String, Lesson> after = place(course, definition, new HashMap<>(before));
        for (CourseDefinition.LessonMove move : definition.lessonHistory()) {
            Lesson old = before.get(move.from());
            if (old == null || after.containsKey(move.from())) {
                continue;
            }
            for (String replacement : move.to()) {
                Lesson target = after.get(replacement);
                if (target != null) {
                    carry(old, target);
                }
            }
        }
        before.values().stream().filter(l -> !after.containsKey(l.slug())).forEach(lessons::delete);
        oldSections.stream().skip(definition.sections().size()).forEach(sections::delete);
        return Outcome.REVISED;
    }

    private void carry(Lesson from, Lesson to) {
        for (Completion done : completions.findByKeyLessonId(from.id())) {
            Completion carried = done.carriedTo(to.id());
            if (!completions.existsById(carried.key())) {
                completions.save(carried);
            }
        }
    }

    /** Puts the seed's sections and lessons in place, reusing sections by position and lessons by slug. */
    private Map<String, Lesson> place(Course course, CourseDefinition definition, Map<String, Lesson> reusable) {
        List<Section> existing = sections.findByCourseIdOrderByPositionAscIdAsc(course.id());
        Map<String, Lesson> placed = new HashMap<>();
        int position = 0;
        for (int s = 0; s < definition.sections().size(); s++) {
            CourseDefinition.Section sectionDefinition = definition.sections().get(s);
            Section section;
            if (s < existing.size()) {
                section = existing.get(s);
                section.rename(sectionDefinition.title());
                section.moveTo(s);
            } else {
                section = sections.save(new Section(course.id(), sectionDefinition.title(), s));
            }
            for (CourseDefinition.Lesson l : sectionDefinition.lessons()) {
                Lesson lesson = reusable.remove(l.slug());
                if (lesson == null) {
                    lesson = new Lesson(course.id(), section.id(), l.slug(), position);
                } else {
                    lesson.moveTo(section.id(), position);
                }
                position++;
                lesson.write(l.title(), l.markdown(), l.minutes(), l.videoUrl());
                placed.put(l.slug(), lessons.save(lesson));
            }
        }
        return placed;
    }

    private static void describe(Course course, CourseDefinition definition, Instant now) {
        course.describe(definition.title(), definition.summary(), definition.topics(), definition.level(),
                definition.estimatedMinutes(), now);
        course.reference(definition.references(), now);
    }
}
