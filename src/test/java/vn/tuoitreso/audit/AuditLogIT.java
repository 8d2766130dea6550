package vn.tuoitreso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.IssuedCode;
import vn.tuoitreso.identity.PasswordRecovery;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.ProvinceTime;
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

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_code_reset_is_recorded_with_who_did_it_and_admins_filter_the_log() {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        AccountSummary learner = testAccounts.create("Hà Thị Ghi");
        AccountSummary organiser = testAccounts.create("Nhật Ký Tổ Chức", Role.ORGANISER);
        AccountSummary admin = testAccounts.create("Nhật Ký Quản Trị", Role.ADMIN);
        TestAccounts.login(users, organiser);
        IssuedCode code = recovery.issueCode(learner.contact());
        SecurityContextHolder.clearContext();
        recovery.resetWithCode(learner.contact(), code.code(), "GhiLai2027abc");

        TestAccounts.login(users, admin);
        AuditQuery byOrganiser = new AuditQuery(null, "nhật ký tổ", null, null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> log.count(byOrganiser) == 2);
        List<AuditEntrySummary> entries = log.find(byOrganiser, 0, 10);
        assertThat(entries).extracting(AuditEntrySummary::action)
                .containsExactly(AuditAction.PASSWORD_RECOVERED, AuditAction.RECOVERY_CODE_ISSUED);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(organiser.id());
            assertThat(e.actorName()).isEqualTo("Nhật Ký Tổ Chức");
            assertThat(e.subjectName()).isEqualTo("Hà Thị Ghi");
            assertThat(e.detail()).doesNotContain(code.code()).doesNotContain(code.code().replace("-", ""));
        });
        assertThat(entries.get(0).detail()).isEqualTo("IN_PERSON_CODE");

        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        assertThat(log.count(new AuditQuery(AuditAction.PASSWORD_RECOVERED, "Nhật Ký Tổ", today, today))).isEqualTo(1);
        assertThat(log.count(new AuditQuery(AuditAction.CERTIFICATE_REVOKED, "Nhật Ký Tổ", null, null))).isZero();
        assertThat(log.count(new AuditQuery(null, "Nhật Ký Tổ", today.minusDays(3), today.minusDays(1)))).isZero();

        TestAccounts.login(users, organiser);
        assertThatThrownBy(() -> log.find(AuditQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.count(AuditQuery.all())).isInstanceOf(AccessDeniedException.class);
    }
}
