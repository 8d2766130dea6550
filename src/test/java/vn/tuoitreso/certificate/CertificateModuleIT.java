package vn.tuoitreso.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;
import vn.tuoitreso.content.SeedUnits;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseCompleted;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClockConfiguration;

/**
 * The certificate module with all its dependencies (identity, learning, and review with what review needs),
 * stimulated by {@link CourseCompleted} as learning publishes it. The shell ({@code ui}) is included too: {@link Certificates} renders its PDFs with the platform's
 * {@code I18NProvider}, which the shell provides — a dependency the module structure does not show.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "ui")
@DirtiesContext // a context of its own, shared with no other test class: closed after this one
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "app.files-dir=target/test-files")
class CertificateModuleIT {

    private final Certificates certificates;
    private final CourseAuthoring courses;
    private final Accounts accounts;
    private final Units units;
    private final EventPublicationRegistry publications;

    private AccountSummary learner;

    CertificateModuleIT(Certificates certificates, CourseAuthoring courses, Accounts accounts, Units units,
            EventPublicationRegistry publications) {
        this.certificates = certificates;
        this.courses = courses;
        this.accounts = accounts;
        this.units = units;
        this.publications = publications;
    }

    @BeforeEach
    void createLearner() {
        SeedUnits.ensureLoaded(units);
        learner = new TestAccounts(accounts, units).create("Nông Văn Chứng Nhận");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_completed_course_gets_exactly_one_certificate_even_when_the_event_comes_twice(Scenario scenario,
            AssertablePublishedEvents events) {
        CourseSummary course = publishedCourse();
        CourseCompleted completed = new CourseCompleted(learner.id(), course.id());

        scenario.publish(completed)
                .andWaitForStateChange(() -> handled(completed) ? certificatesOf(course) : none())
                .andExpect(CertificateIssued.class)
                .matching(issued -> issued.courseId() == course.id())
                .toArriveAndVerify(issued -> {
                    assertThat(issued.accountId()).isEqualTo(learner.id());
                    assertThat(certificates.verify(issued.code())).hasValueSatisfying(check -> {
                        assertThat(check.holderName()).isEqualTo("Nông Văn Chứng Nhận");
                        assertThat(check.courseTitle()).isEqualTo(course.title());
                        assertThat(check.valid()).isTrue();
                    });
                });
        String code = certificatesOf(course).get(0).code();

        scenario.publish(completed)
                .andWaitForStateChange(() -> handled(completed))
                .andVerify(__ -> {
                    assertThat(certificatesOf(course)).as("the listener ran again and issued nothing new")
                            .singleElement().satisfies(certificate -> {
                                assertThat(certificate.code()).isEqualTo(code);
                                assertThat(certificate.accountId()).isEqualTo(learner.id());
                            });
                    assertThat(events.ofType(CertificateIssued.class)
                            .matchingValue(CertificateIssued::courseId, course.id())).hasSize(1);
                });
    }

    @Test
    void certificates_of_different_learners_of_one_course_are_issued_each_once(Scenario scenario) {
        CourseSummary course = publishedCourse();
        AccountSummary other = new TestAccounts(accounts, units).create("Bế Thị Cùng Học");
        CourseCompleted mine = new CourseCompleted(learner.id(), course.id());
        CourseCompleted theirs = new CourseCompleted(other.id(), course.id());

        BiConsumer<TransactionOperations, ApplicationEventPublisher> bothInOneTransaction =
                (tx, events) -> tx.executeWithoutResult(__ -> {
                    events.publishEvent(mine);
                    events.publishEvent(theirs);
                });
        scenario.stimulate(bothInOneTransaction)
                .andWaitForStateChange(() -> handled(mine) && handled(theirs) ? certificatesOf(course) : none())
                .andVerify(issued -> assertThat(issued).extracting(CertificateSummary::accountId)
                        .containsExactlyInAnyOrder(learner.id(), other.id()));
    }

    /** Whether every listener of the event has finished with it (a completed publication is deleted). */
    private boolean handled(CourseCompleted event) {
        return publications.findIncompletePublications().stream().noneMatch(p -> event.equals(p.getEvent()));
    }

    private static List<CertificateSummary> none() {
        return List.of();
    }

    private List<CertificateSummary> certificatesOf(CourseSummary course) {
        return SystemTasks.runAsSystem(() -> certificates.ofCourse(course.id()));
    }

    private CourseSummary publishedCourse() {
        return SystemTasks.runAsSystem(() -> {
            CourseSummary course = courses.create(new CourseDraft("Khóa cấp chứng nhận " + System.nanoTime(),
                    "Khóa học cho kiểm thử mô-đun", List.of(), CourseLevel.BASIC, 10));
            courses.addLesson(courses.outline(course.id()).sections().get(0).id(),
                    new LessonDraft("Bài duy nhất", "Nội dung", 5, null));
            return courses.publish(course.id(), true);
        });
    }
}
