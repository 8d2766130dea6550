package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/** A change of rights or password ends the person's sessions at once: two real HTTP sessions each time. */
@PlatformTest
class SessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    SessionRevocation revocation;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
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
    void the_session_the_password_was_changed_in_stays() throws Exception {
        AccountSummary person = new TestAccounts(accounts, units).create("Ma Văn Quý");
        WebClient one = loggedIn(person);
        WebClient two = loggedIn(person);
        Object principal = users.loadUserByUsername(person.contact());
        List<SessionInformation> both = sessionRegistry.getAllSessions(principal, false);
        assertThat(both).hasSize(2);
        revocation.endSessions(person.id(), both.get(0).getSessionId());
        int stillIn = 0;
        for (WebClient client : List.of(one, two)) {
            if (client.get("/learner").statusCode() == 200) {
                stillIn++;
            }
        }
        assertThat(stillIn).isEqualTo(1);
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
}
