package vn.tuoitreso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.tuoitreso.content.SeedUnits;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClockConfiguration;

/**
 * The learning module with what it needs (identity, the shared kernel), without the quiz module: the completion
 * rule and its events. A test requirement stands in for a downstream module's (a quiz to pass).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@DirtiesContext // a context of its own, shared with no other test class: closed after this one
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "app.files-dir=target/test-files")
class LearningModuleIT {

    private final CourseAuthoring authoring;
    private final Enrolments enrolments;
    private final Accounts accounts;
    private final Units units;
    private final UserDetailsService users;
    private final Checklists checklists;

    private AccountSummary learner;

    LearningModuleIT(CourseAuthoring authoring, Enrolments enrolments, Accounts accounts, Units units,
            UserDetailsService users, Checklists checklists) {
        this.authoring = authoring;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.units = units;
        this.users = users;
        this.checklists = checklists;
    }

    @BeforeEach
    void createLearner() {
        SeedUnits.ensureLoaded(units);
        learner = new TestAccounts(accounts, units).create("Hoàng Thị Mô-đun");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void completing_the_last_lesson_of_a_course_without_quizzes_publishes_course_completed_once(Scenario scenario,
            AssertablePublishedEvents events) {
        CourseSummary course = publishedCourse(2);
        List<LessonSummary> lessons = lessonsOf(course);
        TestAccounts.login(users, learner);
        assertThat(enrolments.complete(lessons.get(0).id()).completed()).isFalse();
        assertThat(events.ofType(CourseCompleted.class).matchingValue(CourseCompleted::courseId, course.id()))
                .isEmpty();

        scenario.stimulate(() -> enrolments.complete(lessons.get(1).id()))
                .andWaitForEventOfType(CourseCompleted.class)
                .matching(event -> event.courseId() == course.id())
                .toArriveAndVerify((completed, progress) -> {
                    assertThat(completed).isEqualTo(new CourseCompleted(learner.id(), course.id()));
                    assertThat(progress.completed()).isTrue();
                });
        assertThat(events.ofType(LessonCompleted.class).matchingValue(LessonCompleted::courseId, course.id()))
                .extracting(LessonCompleted::lessonId)
                .containsExactlyInAnyOrder(lessons.get(0).id(), lessons.get(1).id());

        enrolments.complete(lessons.get(1).id());
        assertThat(events.ofType(CourseCompleted.class).matchingValue(CourseCompleted::courseId, course.id()))
                .as("a lesson marked done again completes nothing again").hasSize(1);
    }

    @Test
    void a_requirement_met_after_the_last_lesson_makes_the_completion_rule_check_again(Scenario scenario,
            AssertablePublishedEvents events) {
        CourseSummary course = publishedCourse(1);
        checklists.require(course.id());
        TestAccounts.login(users, learner);
        Progress progress = enrolments.complete(lessonsOf(course).get(0).id());
        assertThat(progress.completed()).as("every lesson is done").isTrue();
        assertThat(events.ofType(CourseCompleted.class).matchingValue(CourseCompleted::courseId, course.id()))
                .as("but the checklist is not").isEmpty();

        checklists.meet(course.id(), learner.id());
        ChecklistDone done = new ChecklistDone(course.id(), learner.id());
        scenario.publish(done)
                .andWaitForEventOfType(CourseCompleted.class)
                .matching(event -> event.courseId() == course.id())
                .toArriveAndVerify(completed -> assertThat(completed.accountId()).isEqualTo(learner.id()));

        scenario.publish(done)
                .andWaitForStateChange(() -> events.ofType(ChecklistDone.class).matching(done::equals),
                        met -> count(met) == 2)
                .andVerifyEvents(all -> assertThat(
                        all.ofType(CourseCompleted.class).matchingValue(CourseCompleted::courseId, course.id()))
                        .as("a requirement met again completes nothing again").hasSize(1));
    }

    @Test
    void a_requirement_met_before_the_lessons_are_done_completes_nothing_until_the_last_lesson(Scenario scenario,
            AssertablePublishedEvents events) {
        CourseSummary course = publishedCourse(2);
        List<LessonSummary> lessons = lessonsOf(course);
        checklists.require(course.id());
        checklists.meet(course.id(), learner.id());
        TestAccounts.login(users, learner);
        enrolments.complete(lessons.get(0).id());

        scenario.publish(new ChecklistDone(course.id(), learner.id()))
                .andWaitForEventOfType(ChecklistDone.class)
                .matching(event -> event.courseId() == course.id())
                .toArriveAndVerify(__ -> assertThat(
                        events.ofType(CourseCompleted.class).matchingValue(CourseCompleted::courseId, course.id()))
                        .as("a lesson is still to read").isEmpty());

        scenario.stimulate(() -> enrolments.complete(lessons.get(1).id()))
                .andWaitForEventOfType(CourseCompleted.class)
                .matching(event -> event.courseId() == course.id())
                .toArrive();
    }

    private CourseSummary publishedCourse(int lessonCount) {
        return SystemTasks.runAsSystem(() -> {
            CourseSummary course = authoring.create(new CourseDraft("Khóa kiểm thử mô-đun " + System.nanoTime(),
                    "Khóa học cho kiểm thử mô-đun", List.of(), CourseLevel.BASIC, 10));
            long section = authoring.outline(course.id()).sections().get(0).id();
            for (int i = 1; i <= lessonCount; i++) {
                authoring.addLesson(section, new LessonDraft("Bài " + i, "Nội dung bài " + i, 5, null));
            }
            return authoring.publish(course.id(), true);
        });
    }

    private List<LessonSummary> lessonsOf(CourseSummary course) {
        return SystemTasks.runAsSystem(() -> authoring.outline(course.id()).lessons());
    }

    private static long count(Iterable<?> events) {
        return java.util.stream.StreamSupport.stream(events.spliterator(), false).count();
    }

    /** What a downstream module would publish when its requirement is met. */
    record ChecklistDone(long courseId, long accountId) implements RequirementMet {
    }

    /** A downstream module's requirement: for the courses a test names, a learner must be marked as done. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Checklists {

        private final Set<Long> courses = ConcurrentHashMap.newKeySet();
        private final Set<List<Long>> met = ConcurrentHashMap.newKeySet();

        void require(long courseId) {
            courses.add(courseId);
        }

        void meet(long courseId, long accountId) {
            met.add(List.of(courseId, accountId));
        }

        @Bean
        CourseRequirements checklistRequirements() {
            return new CourseRequirements() {
                @Override
                public boolean metBy(long courseId, long accountId) {
                    return !courses.contains(courseId) || met.contains(List.of(courseId, accountId));
                }

                @Override
                public List<CourseActivity> activities(long courseId) {
                    return List.of();
                }
            };
        }
    }
}
