package vn.tuoitreso.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.learning.course.Course;
import vn.tuoitreso.learning.course.CourseOutlines;
import vn.tuoitreso.learning.course.CourseRepository;
import vn.tuoitreso.learning.course.Lesson;
import vn.tuoitreso.learning.course.LessonRepository;
import vn.tuoitreso.learning.course.Section;
import vn.tuoitreso.learning.course.SectionRepository;
import vn.tuoitreso.shared.Folding;
import vn.tuoitreso.shared.InvalidInputException.Problem;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Organisers write courses: description, sections and lessons in Markdown, their order, and whether
 * learners see the course (pictures and handouts are {@link CourseAssets}). Lessons keep their IDs when
 * edited or moved, so learners' progress is never lost. Two organisers may edit the same course: a save
 * made from an older reading than the stored one is refused with {@link StaleEdit}, never silently applied.
 */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class CourseAuthoring {

    private final CourseRepository courses;
    private final SectionRepository sections;
    private final LessonRepository lessons;
    private final CourseOutlines outlines;
    private final Clock clock;

    CourseAuthoring(CourseRepository courses, SectionRepository sections, LessonRepository lessons,
            CourseOutlines outlines, Clock clock) {
        this.courses = courses;
        this.sections = sections;
        this.lessons = lessons;
        this.outlines = outlines;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CourseSummary> courses(int offset, int limit) {
        int size = Math.max(1, limit);
        return outlines.summaries(courses.search(true, "", null, PageRequest.of(offset / size, size)));
    }

    @Transactional(readOnly = true)
    public int count() {
        return (int) courses.countSearch(true, "", null);
    }

    @Transactional(readOnly = true)
    public CourseOutline outline(long courseId) {
        return outlines.outline(course(courseId));
    }

    /** The description as its editor reads it, with the version to give back when saving. */
    @Transactional(readOnly = true)
    public CourseDraft description(long courseId) {
        return draftOf(course(courseId));
    }

    /** Creates a hidden course with one empty section. */
    @Transactional
    public CourseSummary create(CourseDraft draft) {
        String slug = uniqueSlug(draft.title());
        Course course = courses.save(new Course(slug, courses.lastDisplayOrder() + 1, clock.instant()));
        describe(course, draft);
        sections.save(new Section(course.id(), draft.title().strip(), 0));
        return outlines.summary(course);
    }

    /** Saves the description read at {@code draft.version()}; returns it as stored, with its new version. */
    @Transactional
    public CourseDraft update(long courseId, CourseDraft draft) {
        return draftOf(guarded(() -> {
            Course course = course(courseId);
            StaleEdit.check(course.version(), draft.version());
            describe(course, draft);
            return course;
        }));
    }

    /** Shows the course to learners or hides it; this does not count as a change of its description. */
    @Transactional
    public CourseSummary publish(long courseId, boolean published) {
        return outlines.summary(guarded(() -> {
            Course course = course(courseId);
            if (published) {
                if (lessons.countByCourseId(courseId) == 0) {
                    throw InvalidInputException.of("", "learning.course.noLessons");
                }
                course.publish(clock.instant());
            } else {
                course.hide(clock.instant());
            }
            return course;
        }));
    }

    @Transactional
    public SectionOutline addSection(long courseId, String title) {
        course(courseId);
        String t = checkTitle(title);
        Section section = sections.save(new Section(courseId, t,
                sections.findByCourseIdOrderByPositionAscIdAsc(courseId).size()));
        return new SectionOutline(section.id(), section.title(), List.of(), section.version());
    }

    /** Renames a section read at {@code version} ({@link SectionOutline#version()}). */
    @Transactional
    public void renameSection(long sectionId, String title, long version) {
        guarded(() -> {
            Section section = section(sectionId);
            StaleEdit.check(section.version(), version);
            section.rename(checkTitle(title));
        });
    }

    /** Deletes an empty section read at {@code version}. */
    @Transactional
    public void deleteSection(long sectionId, long version) {
        guarded(() -> {
            Section section = section(sectionId);
            StaleEdit.check(section.version(), version);
            if (lessons.existsBySectionId(sectionId)) {
                throw InvalidInputException.of("", "learning.section.notEmpty");
            }
            sections.delete(section);
            renumberSections(section.courseId());
        });
    }

    /**
     * Moves a section read at {@code version} up (-1) or down (+1). Moving renumbers its neighbours too, so
     * a colleague working from the order before is told to reload rather than moving the wrong section.
     */
    @Transactional
    public void moveSection(long sectionId, int delta, long version) {
        guarded(() -> {
            Section section = section(sectionId);
            StaleEdit.check(section.version(), version);
            List<Section> order = new ArrayList<>(sections.findByCourseIdOrderByPositionAscIdAsc(section.courseId()));
            int from = indexOf(order, sectionId);
            int to = Math.max(0, Math.min(order.size() - 1, from + delta));
            order.add(to, order.remove(from));
            for (int i = 0; i < order.size(); i++) {
                order.get(i).moveTo(i);
            }
        });
    }

    /** Adds a lesson at the end of a section; the draft's version is not looked at. */
    @Transactional
    public LessonSummary addLesson(long sectionId, LessonDraft draft) {
        return CourseOutlines.lesson(guarded(() -> {
            Section section = section(sectionId);
            Values values = check(draft);
            String slug = uniqueLessonSlug(section.courseId(), values.title());
            Lesson lesson = new Lesson(section.courseId(), sectionId, slug, nextLessonPosition(section.courseId()));
            lesson.write(values.title(), draft.markdown(), values.minutes(), values.videoUrl());
            lesson = lessons.save(lesson);
            renumberLessons(section.courseId());
            return lesson;
        }));
    }

    /** The lesson as its editor reads it, with the version to give back in the {@link LessonDraft}. */
    @Transactional(readOnly = true)
    public LessonContent lesson(long lessonId) {
        Lesson lesson = lessonById(lessonId);
        return new LessonContent(lesson.id(), lesson.sectionId(), lesson.slug(), lesson.title(), lesson.body(),
                lesson.minutes(), lesson.videoUrl(), lesson.version());
    }

    /**
     * Saves a lesson read at {@code draft.version()}. When someone else saved it since, nothing is written
     * and {@link StaleEdit} is refused, so that their text is kept.
     */
    @Transactional
    public LessonSummary updateLesson(long lessonId, LessonDraft draft) {
        return CourseOutlines.lesson(guarded(() -> {
            Lesson lesson = lessonById(lessonId);
            StaleEdit.check(lesson.version(), draft.version());
            Values values = check(draft);
            lesson.write(values.title(), draft.markdown(), values.minutes(), values.videoUrl());
            return lesson;
        }));
    }

    /** Moves a lesson up (-1) or down (+1) in reading order, across sections when at a section's edge. */
    @Transactional
    public void moveLesson(long lessonId, int delta) {
        guarded(() -> moveLessonNow(lessonId, delta));
    }

    private void moveLessonNow(long lessonId, int delta) {
        Lesson lesson = lessonById(lessonId);
        CourseOutline outline = outlines.outline(course(lesson.courseId()));
        List<SectionOutline> secs = outline.sections();
        int s = 0;
        while (s < secs.size() && secs.get(s).id() != lesson.sectionId()) {
            s++;
        }
        List<LessonSummary> inSection = secs.get(s).lessons();
        int i = indexOfLesson(inSection, lessonId);
        if (i + delta >= 0 && i + delta < inSection.size()) {
            swapPositions(lessonId, inSection.get(i + delta).id());
        } else if (s + delta >= 0 && s + delta < secs.size()) {
            SectionOutline target = secs.get(s + delta);
            int position = delta < 0 ? Integer.MAX_VALUE / 2 : -1;
            lesson.moveTo(target.id(), position);
        }
        renumberLessons(lesson.courseId());
    }

    /** Deletes a lesson; learners' other completions stay, so progress is recomputed over what remains. */
    @Transactional
    public void deleteLesson(long lessonId) {
        guarded(() -> {
            Lesson lesson = lessonById(lessonId);
            lessons.delete(lesson);
            lessons.flush();
            renumberLessons(lesson.courseId());
        });
    }

    /** The lesson as learners will see it, for the editor's live preview. */
    public String preview(String markdown) {
        return vn.tuoitreso.shared.SafeMarkdown.toHtml(markdown);
    }

    /**
     * Runs a change and writes it before answering, so that Hibernate's optimistic-lock failure (a colleague's
     * save that committed between this one's read and its write) is told as {@link StaleEdit} like any stale
     * save, never as an unexpected error. What it returns carries its new version.
     */
    private <T> T guarded(Supplier<T> change) {
        try {
            T changed = change.get();
            lessons.flush();
            return changed;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw StaleEdit.refusal();
        }
    }

    private void guarded(Runnable change) {
        guarded(() -> {
            change.run();
            return Boolean.TRUE;
        });
    }

    private static CourseDraft draftOf(Course course) {
        return new CourseDraft(course.title(), course.summary(), course.topics(), course.level(),
                course.estimatedMinutes(), course.version());
    }

    private void describe(Course course, CourseDraft draft) {
        List<Problem> problems = new ArrayList<>();
        String title = draft.title().strip();
        if (title.length() < 3 || title.length() > Course.TITLE_MAX_LENGTH) {
            problems.add(Problem.of("title", "learning.validation.title", Course.TITLE_MAX_LENGTH));
        }
        String summary = draft.summary().strip();
        if (summary.length() > Course.SUMMARY_MAX_LENGTH) {
            problems.add(Problem.of("summary", "learning.validation.summary", Course.SUMMARY_MAX_LENGTH));
        }
        if (String.join(", ", draft.topics()).length() > Course.TOPICS_MAX_LENGTH) {
            problems.add(Problem.of("topics", "learning.validation.topics", Course.TOPICS_MAX_LENGTH));
        }
        Integer minutes = draft.estimatedMinutes();
        if (minutes == null || minutes < 0 || minutes > 10_000) {
            problems.add(Problem.of("estimatedMinutes", "learning.validation.minutes"));
        }
        if (draft.level() == null) {
            problems.add(Problem.of("level", "learning.validation.level"));
        }
        if (!problems.isEmpty() || minutes == null || draft.level() == null) {
            throw new InvalidInputException(problems);
        }
        course.describe(title, summary, draft.topics().stream().map(String::strip).filter(t -> !t.isEmpty()).toList(),
                draft.level(), minutes, clock.instant());
    }

    private record Values(String title, int minutes, @Nullable String videoUrl) {
    }

    private static Values check(LessonDraft draft) {
        List<Problem> problems = new ArrayList<>();
        String title = draft.title().strip();
        if (title.length() < 2 || title.length() > Lesson.TITLE_MAX_LENGTH) {
            problems.add(Problem.of("title", "learning.validation.title", Lesson.TITLE_MAX_LENGTH));
        }
        if (draft.markdown().length() > Lesson.BODY_MAX_LENGTH) {
            problems.add(Problem.of("markdown", "learning.validation.body", Lesson.BODY_MAX_LENGTH));
        }
        Integer minutes = draft.minutes();
        if (minutes == null || minutes < 0 || minutes > 600) {
            problems.add(Problem.of("minutes", "learning.validation.minutes"));
        }
        String video = draft.videoUrl() == null || draft.videoUrl().isBlank() ? null : draft.videoUrl().strip();
        if (video != null && video.length() > Lesson.VIDEO_URL_MAX_LENGTH) {
            problems.add(Problem.of("videoUrl", "validation.tooLong", Lesson.VIDEO_URL_MAX_LENGTH, video.length()));
        } else if (video != null && (!video.startsWith("https://") || video.contains(" "))) {
            problems.add(Problem.of("videoUrl", "learning.validation.videoUrl"));
        }
        if (!problems.isEmpty() || minutes == null) {
            throw new InvalidInputException(problems);
        }
        return new Values(title, minutes, video);
    }

    private static String checkTitle(String title) {
        String t = title.strip();
        if (t.length() < 2 || t.length() > Section.TITLE_MAX_LENGTH) {
            throw InvalidInputException.of("title", "learning.validation.title", Section.TITLE_MAX_LENGTH);
        }
        return t;
    }

    private String uniqueSlug(String title) {
        String base = slugOf(title);
        String slug = base;
        for (int i = 2; courses.findBySlug(slug).isPresent(); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private String uniqueLessonSlug(long courseId, String title) {
        String base = slugOf(title);
        String slug = base;
        for (int i = 2; lessons.existsByCourseIdAndSlug(courseId, slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    static String slugOf(String title) {
        String slug = Folding.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "bai" : slug;
    }

    private int nextLessonPosition(long courseId) {
        return lessons.findByCourseIdOrderByPositionAscIdAsc(courseId).size() + 1_000_000;
    }

    /** Numbers lessons in reading order: section by section, by position within each. */
    private void renumberLessons(long courseId) {
        List<Section> secs = sections.findByCourseIdOrderByPositionAscIdAsc(courseId);
        List<Lesson> all = lessons.findByCourseIdOrderByPositionAscIdAsc(courseId);
        int position = 0;
        for (Section section : secs) {
            for (Lesson lesson : all) {
                if (lesson.sectionId() == section.id()) {
                    lesson.moveTo(section.id(), position++);
                }
            }
        }
    }

    private void renumberSections(long courseId) {
        List<Section> secs = sections.findByCourseIdOrderByPositionAscIdAsc(courseId);
        for (int i = 0; i < secs.size(); i++) {
            secs.get(i).moveTo(i);
        }
    }

    private void swapPositions(long a, long b) {
        Lesson first = lessonById(a);
        Lesson second = lessonById(b);
        int p = first.position();
        first.moveTo(first.sectionId(), second.position());
        second.moveTo(second.sectionId(), p);
    }

    private static int indexOf(List<Section> order, long id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == id) {
                return i;
            }
        }
        throw InvalidInputException.of("", "learning.section.notFound");
    }

    private static int indexOfLesson(List<LessonSummary> order, long id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private Course course(long id) {
        return courses.findById(id).orElseThrow(() -> InvalidInputException.of("", "learning.course.notFound"));
    }

    private Section section(long id) {
        return sections.findById(id).orElseThrow(() -> InvalidInputException.of("", "learning.section.notFound"));
    }

    private Lesson lessonById(long id) {
        return lessons.findById(id).orElseThrow(() -> InvalidInputException.of("", "learning.lesson.notFound"));
    }
}
