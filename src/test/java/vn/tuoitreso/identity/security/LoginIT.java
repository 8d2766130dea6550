package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;
import vn.tuoitreso.test.WebClient;

/** Log-in over real HTTP: form log-in, throttling of repeated failures, what visitors may reach. */
@PlatformTest
class LoginIT {

    private static final String LOOPBACK = "login-address:127.0.0.1";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    Throttles throttles;

    @Autowired
    LoginPolicy policy;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    LoginAdmission admission;

    @Autowired
    com.vaadin.flow.server.auth.NavigationAccessControl navigationAccessControl;

    WebClient http;

    @BeforeEach
    void newBrowserSession() {
        http = new WebClient(port);
    }

    @AfterEach
    void forgetTheAddressCount() {
        clock.reset();
        jdbc.update("DELETE FROM identity_throttle WHERE subject LIKE 'login-address:%'");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() throws Exception {
        HttpResponse<String> response = get("/admin/accounts");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void the_health_endpoint_is_open_and_reports_the_status() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void a_correct_password_logs_in_and_lands_on_the_home_page() throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Lò Thị Hoa");
        HttpResponse<String> response = login(account.contact(), TestAccounts.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("login");
        assertThat(get("/learner").statusCode()).isEqualTo(200);
    }

    @Test
    void a_waiting_account_answers_like_a_wrong_password_and_takes_the_right_one_when_the_wait_is_over()
            throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Tòng Văn Ơn");
        assertThat(location(login(account.contact(), "wrong-1x"))).endsWith("/login?error");
        assertThat(location(login(account.contact(), "wrong-2x"))).endsWith("/login?error");
        assertThat(location(login(account.contact(), "wrong-3x"))).endsWith("/login?error");
        // In the 30-second wait, even the right password gets the answer an unknown account gets.
        assertThat(location(login(account.contact(), TestAccounts.PASSWORD))).endsWith("/login?error");
        assertThat(location(login(TestAccounts.uniqueEmail("nobody"), TestAccounts.PASSWORD))).endsWith("/login?error");
        clock.advance(Duration.ofSeconds(31));
        assertThat(location(login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
        assertThat(throttles.state(account.id()).failures()).as("a success starts the count again").isZero();
    }

    @Test
    void an_attacker_cannot_keep_an_account_locked_the_right_password_works_after_each_wait() throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Hoàng Văn Sử");
        for (int i = 0; i < 12; i++) {
            login(account.contact(), "guess-" + i + "x");
            clock.advance(Duration.ofMinutes(1));
        }
        // The longest wait is the lock period; once it is over, the owner's right password is accepted.
        clock.advance(policy.lockDuration());
        assertThat(location(login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
    }

    @Test
    void when_the_longest_wait_is_over_one_more_failure_does_not_lock_again() throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Nông Thị Xuân");
        for (int i = 0; i < policy.lockAfter(); i++) {
            login(account.contact(), "guess-" + i + "x");
            clock.advance(policy.waitAfter(Math.max(i + 1, policy.slowAfter())).plusSeconds(1));
        }
        assertThat(throttles.state(account.id()).failures()).isEqualTo(policy.lockAfter());
        assertThat(location(login(account.contact(), "one-more-1x"))).endsWith("/login?error");
        assertThat(throttles.state(account.id()).failures()).as("the count started again").isEqualTo(1);
        assertThat(location(login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
    }

    @Test
    void parallel_guesses_are_each_counted_once_and_only_the_allowed_ones_reach_the_password_check()
            throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Bế Văn Đàn");
        int n = 12;
        List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String guess = "parallel-" + i + "x";
            guesses.add(() -> new WebClient(port).login(account.contact(), guess));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            for (Future<HttpResponse<String>> f : pool.invokeAll(guesses)) {
                responses.add(f.get());
            }
        }
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(location(r)).endsWith("/login?error");
        });
        Throttles.AccountAttempt state = throttles.state(account.id());
        assertThat(state.attempts()).as("every attempt counted").isEqualTo(n);
        assertThat(state.failures()).as("checked before the wait began").isEqualTo(policy.slowAfter());
    }

    @Test
    void a_password_kept_with_bcrypt_still_logs_in_and_is_then_kept_with_argon2id() throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Lê Thị Cũ");
        transaction.executeWithoutResult(s -> accountRepository.findById(account.id()).orElseThrow()
                .rehashPassword("{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD)));
        assertThat(location(login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
        assertThat(accountRepository.findById(account.id()).orElseThrow().passwordHash()).startsWith("{argon2}");
        assertThat(location(new WebClient(port).login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
    }

    @Test
    void an_unknown_account_gets_the_same_message_as_a_wrong_password() throws Exception {
        assertThat(location(login(TestAccounts.uniqueEmail("nobody"), "whatever1"))).endsWith("/login?error");
    }

    @Test
    void a_disabled_account_is_told_only_to_someone_who_knows_its_password() throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Lục Văn Tám");
        SystemTasks.runAsSystem(() -> accounts.disable(account.id()));
        assertThat(location(login(account.contact(), "wrong-1x"))).endsWith("/login?error");
        assertThat(location(login(account.contact(), TestAccounts.PASSWORD))).endsWith("/login?disabled");
    }

    @Test
    void a_forwarded_for_header_from_an_untrusted_peer_does_not_change_the_counted_address() throws Exception {
        login(TestAccounts.uniqueEmail("nobody"), "whatever1", "X-Forwarded-For", "203.0.113.77");
        assertThat(throttles.peek("login-address:203.0.113.77", clock.instant(), LoginPolicy.ADDRESS_WINDOW)).isZero();
        assertThat(throttles.peek(LOOPBACK, clock.instant(), LoginPolicy.ADDRESS_WINDOW)).isEqualTo(1);
    }

    @Test
    void an_address_over_its_limit_still_logs_in_with_the_right_password_and_wrong_ones_are_told_to_wait()
            throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Đàm Thị Nga");
        for (int i = 0; i < policy.perAddressPer10Minutes(); i++) {
            throttles.count(LOOPBACK, clock.instant(), LoginPolicy.ADDRESS_WINDOW);
        }
        assertThat(location(login(TestAccounts.uniqueEmail("nobody"), "whatever1"))).endsWith("/login?busy");
        assertThat(location(login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
        // Counted in the database, so every node sees the same count.
        assertThat(throttles.peek(LOOPBACK, clock.instant(), LoginPolicy.ADDRESS_WINDOW))
                .isGreaterThan(policy.perAddressPer10Minutes());
    }

    @Test
    void views_are_guarded_by_the_navigation_access_control_that_reads_roles_from_the_request() {
        assertThat(navigationAccessControl).isInstanceOf(RoleCheckingNavigationAccessControl.class);
        assertThat(navigationAccessControl.isEnabled()).isTrue();
    }

    @Test
    void beyond_the_log_ins_in_progress_a_log_in_is_told_to_try_again_and_nothing_is_counted() throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Lục Văn Khánh");
        int held = 0;
        while (admission.tryEnter()) {
            held++;
        }
        try {
            assertThat(held).isPositive();
            assertThat(location(login(account.contact(), TestAccounts.PASSWORD))).endsWith("/login?overloaded");
            assertThat(location(login(account.contact(), "wrong-1x"))).endsWith("/login?overloaded");
            assertThat(get("/login?overloaded").body()).contains("Đang có rất nhiều người đăng nhập cùng lúc");
            assertThat(throttles.peek(LOOPBACK, clock.instant(), LoginPolicy.ADDRESS_WINDOW)).isZero();
            assertThat(throttles.state(account.id()).attempts()).isZero();
        } finally {
            for (int i = 0; i < held; i++) {
                admission.leave();
            }
        }
        assertThat(location(login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
    }

    private HttpResponse<String> login(String username, String password, String... headers)
            throws IOException, InterruptedException {
        return http.login(username, password, headers);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.get(path);
    }

    private static String location(HttpResponse<String> response) {
        return WebClient.location(response);
    }
}
