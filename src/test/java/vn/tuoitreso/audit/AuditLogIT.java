package vn.tuoitreso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.identity.AccountDisabled;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.IssuedCode;
import vn.tuoitreso.identity.PasswordRecovery;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.RolesChanged;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.shared.ProvinceTime;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

/** The audit log records resets from identity's events — who, when, to whom, never the code — for admins only. */
@PlatformTest
class AuditLogIT {

    @Autowired
    AuditLog log;

    @Autowired
    PasswordRecovery recovery;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void role_changes_and_disabled_accounts_told_by_identity_are_recorded_with_both_names() {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        AccountSummary judge = testAccounts.create("Giám Khảo Mới");
        String adminName = TestAccounts.uniqueName("Quản Trị Đổi Vai");
        AccountSummary admin = testAccounts.create(adminName, Role.ADMIN);
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new RolesChanged(judge.id(), Set.of(Role.LEARNER), Set.of(Role.LEARNER, Role.JUDGE),
                    admin.id()));
            events.publishEvent(new AccountDisabled(judge.id(), admin.id()));
        });

        TestAccounts.login(users, admin);
        AuditQuery byAdmin = new AuditQuery(null, adminName, null, null);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> log.count(byAdmin) == 2);
        assertThat(log.find(byAdmin, 0, 10)).extracting(AuditEntrySummary::action, AuditEntrySummary::subjectName,
                AuditEntrySummary::detail).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ROLES_CHANGED, "Giám Khảo Mới",
                                "LEARNER → LEARNER, JUDGE"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_DISABLED, "Giám Khảo Mới", ""));
    }

    @Autowired
    Certificates certificates;

    @Autowired
    CourseAuthoring authoring;

    @Test
    void a_revoked_certificate_is_recorded_with_the_reason_and_who_revoked_it() {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        AccountSummary holder = testAccounts.create("Người Nhận Thu Hồi");
        String organiserName = TestAccounts.uniqueName("Tổ Chức Thu Hồi");
        AccountSummary organiser = testAccounts.create(organiserName, Role.ORGANISER);
        AccountSummary admin = testAccounts.create("Quản Trị Thu Hồi", Role.ADMIN);
        CertificateSummary certificate = SystemTasks.runAsSystem(() -> {
            CourseSummary course = authoring.create(new CourseDraft("Khóa thu hồi " + System.nanoTime(), "Thử",
                    List.of(), CourseLevel.BASIC, 10));
            long section = authoring.outline(course.id()).sections().get(0).id();
            authoring.addLesson(section, new LessonDraft("Bài 1", "Nội dung", 5, null));
            return certificates.issue(holder.id(), authoring.publish(course.id(), true).id());
        });
        TestAccounts.login(users, organiser);
        certificates.revoke(certificate.code(), "Cấp nhầm người");

        TestAccounts.login(users, admin);
        AuditQuery revoked = new AuditQuery(AuditAction.CERTIFICATE_REVOKED, organiserName, null, null);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> log.count(revoked) == 1);
        AuditEntrySummary entry = log.find(revoked, 0, 1).get(0);
        assertThat(entry.subjectRef()).isEqualTo("certificate:" + certificate.code());
        assertThat(entry.subjectName()).startsWith("Người Nhận Thu Hồi · Khóa thu hồi");
        assertThat(entry.detail()).isEqualTo("Cấp nhầm người");
    }

    @Autowired
    vn.tuoitreso.identity.PersonalData personalData;

    @Test
    void a_download_of_personal_data_is_recorded() {
        String learnerName = TestAccounts.uniqueName("Tải Về Dữ Liệu");
        AccountSummary learner = new TestAccounts(accounts, units).create(learnerName);
        AccountSummary admin = new TestAccounts(accounts, units).create("Quản Trị Xem Tải", Role.ADMIN);
        TestAccounts.login(users, learner);
        personalData.exportMine();

        TestAccounts.login(users, admin);
        AuditQuery exports = new AuditQuery(AuditAction.PERSONAL_DATA_EXPORTED, learnerName, null, null);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> log.count(exports) == 1);
        assertThat(log.find(exports, 0, 1).get(0).actorId()).isEqualTo(learner.id());
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_code_reset_is_recorded_with_who_did_it_and_admins_filter_the_log() {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        AccountSummary learner = testAccounts.create("Hà Thị Ghi");
        String organiserName = TestAccounts.uniqueName("Nhật Ký Tổ Chức");
        AccountSummary organiser = testAccounts.create(organiserName, Role.ORGANISER);
        AccountSummary admin = testAccounts.create("Nhật Ký Quản Trị", Role.ADMIN);
        TestAccounts.login(users, organiser);
        IssuedCode code = recovery.issueCode(learner.contact());
        SecurityContextHolder.clearContext();
        recovery.resetWithCode(learner.contact(), code.code(), "GhiLai2027abc");

        TestAccounts.login(users, admin);
        AuditQuery byOrganiser = new AuditQuery(null, organiserName.toLowerCase(), null, null);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> log.count(byOrganiser) == 2);
        List<AuditEntrySummary> entries = log.find(byOrganiser, 0, 10);
        assertThat(entries).extracting(AuditEntrySummary::action)
                .containsExactly(AuditAction.PASSWORD_RECOVERED, AuditAction.RECOVERY_CODE_ISSUED);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(organiser.id());
            assertThat(e.actorName()).isEqualTo(organiserName);
            assertThat(e.subjectName()).isEqualTo("Hà Thị Ghi");
            assertThat(e.detail()).doesNotContain(code.code()).doesNotContain(code.code().replace("-", ""));
        });
        assertThat(entries.get(0).detail()).isEqualTo("IN_PERSON_CODE");

        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        assertThat(log.count(new AuditQuery(AuditAction.PASSWORD_RECOVERED, organiserName, today, today))).isEqualTo(1);
        assertThat(log.count(new AuditQuery(AuditAction.CERTIFICATE_REVOKED, organiserName, null, null))).isZero();
        assertThat(log.count(new AuditQuery(null, organiserName, today.minusDays(3), today.minusDays(1)))).isZero();

        TestAccounts.login(users, organiser);
        assertThatThrownBy(() -> log.find(AuditQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.count(AuditQuery.all())).isInstanceOf(AccessDeniedException.class);
    }
}
