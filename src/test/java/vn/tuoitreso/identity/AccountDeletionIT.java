package vn.tuoitreso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.audit.AuditAction;
import vn.tuoitreso.audit.AuditLog;
import vn.tuoitreso.audit.AuditQuery;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.Enrolments;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/**
 * A person deletes their account: the password is asked, the account and its sessions are gone, progress is
 * deleted, the certificate reads "issued, holder withdrew", the audit log keeps only the number.
 */
@PlatformTest
class AccountDeletionIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    Certificates certificates;

    @Autowired
    CourseAuthoring authoring;

    @Autowired
    Enrolments enrolments;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_deleted_account_leaves_a_withdrawn_certificate_no_progress_and_no_session() throws Exception {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        String learnerName = TestAccounts.uniqueName("Người Rời Đi");
        AccountSummary learner = testAccounts.create(learnerName);
        AccountSummary admin = testAccounts.create("Quản Trị Xem Xóa", Role.ADMIN);
        CourseSummary course = SystemTasks.runAsSystem(() -> {
            CourseSummary draft = authoring.create(new CourseDraft("Khóa rời đi " + System.nanoTime(), "Thử", List.of(),
                    CourseLevel.BASIC, 10));
            long section = authoring.outline(draft.id()).sections().get(0).id();
            authoring.addLesson(section, new LessonDraft("Bài 1", "Nội dung", 5, null));
            return authoring.publish(draft.id(), true);
        });
        CertificateSummary certificate = SystemTasks.runAsSystem(() -> certificates.issue(learner.id(), course.id()));
        WebClient open = new WebClient(port);
        open.login(learner.contact(), TestAccounts.PASSWORD);
        assertThat(open.get("/learner").statusCode()).isEqualTo(200);
        TestAccounts.login(users, learner);
        enrolments.enrol(course.id());
        assertThat(enrolled(learner.id())).isEqualTo(1);

        assertThatThrownBy(() -> deletion.deleteMine("wrong-password1")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.concerns("deletePassword")).isTrue());
        deletion.deleteMine(TestAccounts.PASSWORD);
        SecurityContextHolder.clearContext();

        assertThat(WebClient.location(open.get("/learner"))).endsWith("/login");
        assertThat(WebClient.location(new WebClient(port).login(learner.contact(), TestAccounts.PASSWORD)))
                .contains("/login?");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> enrolled(learner.id()) == 0
                && certificates.verify(certificate.code()).map(v -> v.holderWithdrew()).orElse(false));
        assertThat(certificates.verify(certificate.code())).hasValueSatisfying(v -> {
            assertThat(v.holderName()).isEmpty();
            assertThat(v.courseTitle()).isEqualTo(course.title());
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate_certificate WHERE account_id = ?",
                Integer.class, learner.id())).isZero();

        TestAccounts.login(users, admin);
        AuditQuery deleted = new AuditQuery(AuditAction.ACCOUNT_DELETED, "", null, null);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> audit.find(deleted, 0, 50).stream()
                .anyMatch(e -> e.subjectRef().equals("account:" + learner.id())));
        assertThat(audit.find(new AuditQuery(null, learnerName, null, null), 0, 10)).isEmpty();
    }

    private int enrolled(long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM learning_enrolment WHERE account_id = ?", Integer.class,
                accountId);
    }
}
