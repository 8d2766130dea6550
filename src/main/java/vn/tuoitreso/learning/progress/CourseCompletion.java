package vn.tuoitreso.learning.progress;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.learning.CourseCompleted;
import vn.tuoitreso.learning.CourseRequirements;
import vn.tuoitreso.learning.RequirementMet;
import vn.tuoitreso.learning.course.LessonRepository;

/**
 * The completion rule: every lesson done and every requirement of the downstream modules met (the
 * required quizzes passed). Publishes {@link CourseCompleted} once per enrolment.
 */
@Component
public class CourseCompletion {

    private final EnrolmentRepository enrolments;
    private final CompletionRepository completions;
    private final LessonRepository lessons;
    private final List<CourseRequirements> requirements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseCompletion(EnrolmentRepository enrolments, CompletionRepository completions, LessonRepository lessons,
            List<CourseRequirements> requirements, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.completions = completions;
        this.lessons = lessons;
        this.requirements = requirements;
        this.events = events;
        this.clock = clock;
    }

    /** In the transaction that met the requirement, so the course completes with it. */
    @EventListener
    void on(RequirementMet event) {
        check(event.courseId(), event.accountId());
    }

    /** Checks the rule for one learner and course; returns whether the course is completed. */
    public boolean check(long courseId, long accountId) {
        Enrolment enrolment = enrolments.findByCourseIdAndAccountId(courseId, accountId).orElse(null);
        if (enrolment == null) {
            return false;
        }
        Set<Long> done = new HashSet<>();
        completions.findByKeyEnrolmentId(enrolment.id()).forEach(c -> done.add(c.lessonId()));
        List<Long> courseLessons = lessons.idsOfCourse(courseId);
        boolean lessonsDone = !courseLessons.isEmpty() && done.containsAll(courseLessons);
        if (!lessonsDone || !requirements.stream().allMatch(r -> r.metBy(courseId, accountId))) {
            return false;
        }
        if (enrolment.complete(clock.instant())) {
            events.publishEvent(new CourseCompleted(accountId, courseId));
        }
        return true;
    }
}
