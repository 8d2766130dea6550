package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.unit.UnitRepository;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/** The first administrator and the demo accounts, as the platform sets them up at start. */
@PlatformTest
class AccountBootstrapIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountBootstrap bootstrap;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    UnitRepository unitRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Test
    void an_account_registered_first_with_the_administrators_contact_is_not_promoted_and_the_start_stops() {
        AccountSummary squatter = new TestAccounts(accounts, units).create("Kẻ Chiếm Trước");
        assertThatThrownBy(() -> transaction.executeWithoutResult(
                s -> bootstrap.createAdmin(squatter.contact(), "QuanTri2026dai")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_ADMIN_EMAIL already belongs to an account");
        assertThat(SystemTasks.runAsSystem(() -> accounts.summary(squatter.id())).roles()).containsExactly(Role.LEARNER);
        assertThat(accountRepository.findById(squatter.id()).orElseThrow().passwordHash())
                .as("its password is not replaced either")
                .satisfies(hash -> assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, hash)).isTrue());
    }

    @Test
    void the_first_administrator_may_have_a_long_vietnamese_passphrase_and_logs_in_with_it() throws Exception {
        String email = TestAccounts.uniqueEmail("quantri");
        transaction.executeWithoutResult(s -> bootstrap.createAdmin(email, PasswordsTest.PASSPHRASE));
        WebClient http = new WebClient(port);
        assertThat(WebClient.location(http.login(email, PasswordsTest.PASSPHRASE))).doesNotContain("login");
        assertThat(http.get("/admin/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void without_demo_mode_demo_accounts_are_disabled_at_start_and_cannot_log_in() throws Exception {
        AccountSummary demo = new TestAccounts(accounts, units).create("Tài Khoản Mẫu", Role.ADMIN);
        transaction.executeWithoutResult(s -> accountRepository.findById(demo.id()).orElseThrow().markDemo());
        transaction.executeWithoutResult(s -> bootstrap.disableDemoAccounts());
        assertThat(WebClient.location(new WebClient(port).login(demo.contact(), TestAccounts.PASSWORD)))
                .endsWith("/login?disabled");
    }

    @Test
    void demo_mode_refuses_to_serve_beyond_the_loopback_interface() {
        assertThat(AccountBootstrap.loopbackOnly("127.0.0.1")).isTrue();
        assertThat(AccountBootstrap.loopbackOnly("::1")).isTrue();
        assertThat(AccountBootstrap.loopbackOnly("")).as("every interface").isFalse();
        assertThat(AccountBootstrap.loopbackOnly("0.0.0.0")).isFalse();
        AccountBootstrap demoOnEveryInterface = new AccountBootstrap(accountRepository, unitRepository,
                passwordEncoder, transaction, clock, "", "", true, "0.0.0.0");
        assertThatThrownBy(() -> demoOnEveryInterface.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loopback");
    }
}
