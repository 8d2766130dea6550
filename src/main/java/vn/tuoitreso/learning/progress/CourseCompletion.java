package vn.tuoitreso.learning.progress;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.tuoitreso.learning.CourseCompleted;
import vn.tuoitreso.learning.course.Lesson;
import vn.tuoitreso.learning.course.LessonRepository;
import vn.tuoitreso.learning.quiz.bank.QuizGrades;

/**
 * The completion rule: every lesson done and every required quiz passed. Publishes
 * {@link CourseCompleted} once per enrolment.
 */
@Component
public class CourseCompletion {

    private final EnrolmentRepository enrolments;
    private final CompletionRepository completions;
    private final LessonRepository lessons;
    private final QuizGrades grades;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseCompletion(EnrolmentRepository enrolments, CompletionRepository completions, LessonRepository lessons,
            QuizGrades grades, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.completions = completions;
        this.lessons = lessons;
        this.grades = grades;
        this.events = events;
        this.clock = clock;
    }

    /** Checks the rule for one learner and course; returns whether the course is completed. */
    public boolean check(long courseId, long accountId) {
        Enrolment enrolment = enrolments.findByCourseIdAndAccountId(courseId, accountId).orElse(null);
        if (enrolment == null) {
            return false;
        }
        Set<Long> done = new HashSet<>();
        completions.findByKeyEnrolmentId(enrolment.id()).forEach(c -> done.add(c.lessonId()));
        boolean lessonsDone = !lessons.findByCourseIdOrderByPositionAscIdAsc(courseId).isEmpty()
                && lessons.findByCourseIdOrderByPositionAscIdAsc(courseId).stream().map(Lesson::id).allMatch(done::contains);
        if (!lessonsDone || !grades.requiredPassed(courseId, accountId)) {
            return false;
        }
        if (enrolment.complete(clock.instant())) {
            events.publishEvent(new CourseCompleted(accountId, courseId));
        }
        return true;
    }
}
