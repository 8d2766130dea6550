package vn.tuoitreso.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.learning.course.Asset;
import vn.tuoitreso.learning.course.AssetRepository;
import vn.tuoitreso.learning.course.Course;
import vn.tuoitreso.learning.course.CourseOutlines;
import vn.tuoitreso.learning.course.CourseRepository;
import vn.tuoitreso.learning.course.Lesson;
import vn.tuoitreso.shared.SafeMarkdown;
import vn.tuoitreso.learning.course.LessonRepository;
import vn.tuoitreso.learning.progress.Completion;
import vn.tuoitreso.learning.progress.CompletionRepository;
import vn.tuoitreso.learning.progress.CourseCompletion;
import vn.tuoitreso.learning.progress.Enrolment;
import vn.tuoitreso.learning.progress.EnrolmentRepository;
import vn.tuoitreso.shared.InvalidInputException;

/** A learner's own studies: enrolling, reading lessons, marking them done, and where to continue. */
@Service
@PreAuthorize("isAuthenticated()")
public class Enrolments {

    private final CourseRepository courses;
    private final LessonRepository lessons;
    private final AssetRepository assets;
    private final EnrolmentRepository enrolments;
    private final CompletionRepository completions;
    private final CourseOutlines outlines;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CourseCompletion completion;

    Enrolments(CourseRepository courses, LessonRepository lessons, AssetRepository assets,
            EnrolmentRepository enrolments, CompletionRepository completions, CourseOutlines outlines,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, CourseCompletion completion) {
        this.courses = courses;
        this.lessons = lessons;
        this.assets = assets;
        this.enrolments = enrolments;
        this.completions = completions;
        this.outlines = outlines;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.completion = completion;
    }

    /** Enrols the caller in a published course; enrolling twice changes nothing. */
    @Transactional
    public Progress enrol(long courseId) {
        Course course = readable(courses.findById(courseId));
        enrolment(course, true);
        return progress(course);
    }

    @Transactional(readOnly = true)
    public Progress progress(long courseId) {
        return progress(readable(courses.findById(courseId)));
    }

    /** Opens a lesson: enrols the caller if needed and remembers it as the place to continue. */
    @Transactional
    public LessonPage open(String courseSlug, String lessonSlug) {
        Course course = readable(courses.findBySlug(courseSlug));
        CourseOutline outline = outlines.outline(course);
        List<LessonSummary> order = outline.lessons();
        LessonSummary summary = outline.lesson(lessonSlug)
                .orElseThrow(() -> InvalidInputException.of("", "learning.lesson.notFound"));
        Lesson lesson = lessons.findById(summary.id()).orElseThrow();
        enrolment(course, true).visited(lesson.id(), clock.instant());
        int index = order.indexOf(summary);
        return new LessonPage(outline.course(), summary, SafeMarkdown.toHtml(lesson.body()), lesson.videoUrl(),
                assets.headings(lesson.id(), Asset.Kind.HANDOUT).stream()
                        .map(CourseOutlines::asset).toList(),
                index > 0 ? order.get(index - 1) : null, index + 1 < order.size() ? order.get(index + 1) : null,
                progress(course));
    }

    /**
     * Marks a lesson done. When it was the last one and every required quiz is passed, the course is
     * completed and {@link CourseCompleted} is published once.
     */
    @Transactional
    public Progress complete(long lessonId) {
        Lesson lesson = lessons.findById(lessonId)
                .orElseThrow(() -> InvalidInputException.of("", "learning.lesson.notFound"));
        Course course = readable(courses.findById(lesson.courseId()));
        Enrolment enrolment = enrolment(course, true);
        Completion.Key key = new Completion.Key(enrolment.id(), lessonId);
        if (!completions.existsById(key)) {
            completions.save(new Completion(enrolment.id(), lessonId, clock.instant()));
            events.publishEvent(new LessonCompleted(enrolment.accountId(), course.id(), lessonId));
        }
        Progress progress = progress(course);
        if (progress.completed()) {
            completion.check(course.id(), enrolment.accountId());
        }
        return progress;
    }

    /**
     * The caller's courses, the most recently visited first: four statements however many courses (the home page
     * of every log-in).
     */
    @Transactional(readOnly = true)
    public List<MyCourse> myCourses() {
        List<Enrolment> mine = enrolments.findByAccountIdOrderByLastVisitedAtDesc(currentUser.requireAccountId());
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Course> visible = new HashMap<>();
        courses.findAllById(mine.stream().map(Enrolment::courseId).toList()).stream().filter(this::visible)
                .forEach(course -> visible.put(course.id(), course));
        Map<Long, List<LessonSummary>> orders = outlines.readingOrders(visible.keySet());
        Map<Long, List<Long>> done = new HashMap<>();
        for (Completion completion : completions.findByKeyEnrolmentIdIn(mine.stream().map(Enrolment::id).toList())) {
            done.computeIfAbsent(completion.key().enrolmentId(), id -> new ArrayList<>()).add(completion.lessonId());
        }
        List<MyCourse> result = new ArrayList<>();
        for (Enrolment enrolment : mine) {
            Course course = visible.get(enrolment.courseId());
            if (course != null) {
                List<LessonSummary> order = orders.getOrDefault(course.id(), List.of());
                Progress progress = progress(course.id(), order, done.getOrDefault(enrolment.id(), List.of()));
                result.add(new MyCourse(CourseOutlines.summary(course, order.size()), progress,
                        continueWith(order, enrolment, progress), enrolment.lastVisitedAt()));
            }
        }
        return result;
    }

    /** The unfinished course visited last, with the lesson to read next. */
    @Transactional(readOnly = true)
    public Optional<MyCourse> continueLearning() {
        return MyCourse.toContinue(myCourses());
    }

    private @Nullable LessonSummary continueWith(List<LessonSummary> order, Enrolment enrolment, Progress progress) {
        Long last = enrolment.lastLessonId();
        if (last != null && !progress.isDone(last)) {
            return order.stream().filter(l -> l.id() == last).findFirst().orElse(firstUndone(order, progress));
        }
        return firstUndone(order, progress);
    }

    private static @Nullable LessonSummary firstUndone(List<LessonSummary> order, Progress progress) {
        return order.stream().filter(l -> !progress.isDone(l.id())).findFirst().orElse(null);
    }

    private Progress progress(Course course) {
        return enrolments.findByCourseIdAndAccountId(course.id(), currentUser.requireAccountId())
                .map(e -> progress(outlines.outline(course), e))
                .orElseGet(() -> new Progress(course.id(), false, Set.of(),
                        (int) lessons.countByCourseId(course.id())));
    }

    private Progress progress(CourseOutline outline, Enrolment enrolment) {
        return progress(outline.course().id(), outline.lessons(),
                completions.findByKeyEnrolmentId(enrolment.id()).stream().map(Completion::lessonId).toList());
    }

    /** Only the lessons the course still has count. */
    private static Progress progress(long courseId, List<LessonSummary> order, List<Long> completedLessonIds) {
        Set<Long> current = new HashSet<>();
        order.forEach(l -> current.add(l.id()));
        Set<Long> done = new HashSet<>();
        for (long lessonId : completedLessonIds) {
            if (current.contains(lessonId)) {
                done.add(lessonId);
            }
        }
        return new Progress(courseId, true, done, current.size());
    }

    private Enrolment enrolment(Course course, boolean create) {
        long accountId = currentUser.requireAccountId();
        Optional<Enrolment> existing = enrolments.findByCourseIdAndAccountId(course.id(), accountId);
        if (existing.isPresent() || !create) {
            return existing.orElseThrow();
        }
        return enrolments.saveAndFlush(new Enrolment(course.id(), accountId, clock.instant()));
    }

    private Course readable(Optional<Course> course) {
        return course.filter(this::visible).orElseThrow(() -> InvalidInputException.of("", "learning.course.notFound"));
    }

    private boolean visible(Course course) {
        return course.published() || currentUser.isOrganiser();
    }
}
