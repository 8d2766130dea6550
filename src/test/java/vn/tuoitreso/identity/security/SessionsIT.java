package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.tuoitreso.identity.AccountDeletion;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/**
 * A change of rights or password ends the person's sessions at once, on every application node: real HTTP
 * sessions, and changes written to the database as another node writes them (this node never hears of them).
 */
@PlatformTest
class SessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountDeletion accountDeletion;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    Sessions sessions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void disabling_an_account_logs_out_both_of_its_sessions() throws Exception {
        AccountSummary person = new TestAccounts(accounts, units).create("Lưu Văn Khánh");
        WebClient phone = loggedIn(person);
        WebClient laptop = loggedIn(person);
        SystemTasks.runAsSystem(() -> accounts.disable(person.id()));
        assertLoggedOut(phone);
        assertLoggedOut(laptop);
    }

    @Test
    void taking_a_role_away_logs_the_person_out_of_the_pages_of_that_role() throws Exception {
        AccountSummary organiser = new TestAccounts(accounts, units).create("Mạc Thị Hằng", Role.ORGANISER);
        WebClient first = loggedIn(organiser);
        WebClient second = loggedIn(organiser);
        SystemTasks.runAsSystem(() -> accounts.changeRoles(organiser.id(), EnumSet.of(Role.LEARNER)));
        assertLoggedOut(first);
        assertLoggedOut(second);
        assertThat(loggedIn(organiser).get("/learner").statusCode()).as("a new log-in works").isEqualTo(200);
    }

    @Test
    void granting_a_role_leaves_the_sessions_alone() throws Exception {
        AccountSummary learner = new TestAccounts(accounts, units).create("Chu Văn Lộc");
        WebClient session = loggedIn(learner);
        SystemTasks.runAsSystem(() -> accounts.grant(learner.id(), Role.JUDGE));
        assertThat(session.get("/learner").statusCode()).isEqualTo(200);
    }

    @Test
    void changing_the_password_ends_the_sessions_it_was_not_changed_in() throws Exception {
        AccountSummary person = new TestAccounts(accounts, units).create("Dương Thị Lan");
        WebClient other = loggedIn(person);
        TestAccounts.login(users, person);
        accounts.changePassword(TestAccounts.PASSWORD, "MatKhauMoi2027");
        assertLoggedOut(other);
        assertThat(WebClient.location(new WebClient(port).login(person.contact(), TestAccounts.PASSWORD)))
                .as("the old password no longer works").endsWith("/login?error");
    }

    @Test
    void the_session_the_password_was_changed_in_stays() {
        AccountSummary person = new TestAccounts(accounts, units).create("Ma Văn Quý");
        AccountPrincipal signedIn = (AccountPrincipal) users.loadUserByUsername(person.contact());
        MockHttpSession changedIn = new MockHttpSession();
        MockHttpSession elsewhere = new MockHttpSession();
        assertThat(sessions.holds(changedIn, signedIn)).isTrue();
        assertThat(sessions.holds(elsewhere, signedIn)).isTrue();

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(changedIn);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        TestAccounts.login(users, person);
        accounts.changePassword(TestAccounts.PASSWORD, "MatKhauMoi2027");

        assertThat(sessions.holds(changedIn, signedIn)).as("the session the password was changed in").isTrue();
        assertThat(sessions.holds(elsewhere, signedIn)).as("any other session").isFalse();
    }

    @Test
    void deleting_the_account_logs_out_its_other_session() throws Exception {
        AccountSummary person = new TestAccounts(accounts, units).create("Hà Văn Xoá");
        WebClient other = loggedIn(person);
        TestAccounts.login(users, person);
        accountDeletion.deleteMine(TestAccounts.PASSWORD);
        assertLoggedOut(other);
    }

    /** Another node took a role away or set a new password: it raised the epoch in the shared database. */
    @Test
    void a_change_made_on_another_node_ends_the_session_here_within_the_check_interval() throws Exception {
        AccountSummary person = new TestAccounts(accounts, units).create("Nông Văn Nút");
        WebClient session = loggedIn(person);
        jdbc.update("UPDATE identity_account SET session_epoch = session_epoch + 1 WHERE id = ?", person.id());
        awaitLoggedOut(session);
        assertThat(loggedIn(person).get("/learner").statusCode()).as("a new log-in works").isEqualTo(200);
    }

    @Test
    void an_account_disabled_on_another_node_is_logged_out_here() throws Exception {
        AccountSummary person = new TestAccounts(accounts, units).create("Lò Thị Tắt");
        WebClient session = loggedIn(person);
        jdbc.update("UPDATE identity_account SET enabled = FALSE WHERE id = ?", person.id());
        awaitLoggedOut(session);
    }

    private WebClient loggedIn(AccountSummary account) throws Exception {
        WebClient client = new WebClient(port);
        assertThat(WebClient.location(client.login(account.contact(), TestAccounts.PASSWORD))).doesNotContain("login");
        assertThat(client.get("/learner").statusCode()).isEqualTo(200);
        return client;
    }

    private static void assertLoggedOut(WebClient client) throws Exception {
        var response = client.get("/learner");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(response)).contains("/login");
    }

    /** Within the check interval (5 s by default), the next request of the session is sent to the login page. */
    private static void awaitLoggedOut(WebClient client) {
        Awaitility.await().pollInSameThread().pollInterval(Duration.ofMillis(500)).atMost(Duration.ofSeconds(20))
                .until(() -> client.get("/learner").statusCode() == 302);
        try {
            assertLoggedOut(client);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
