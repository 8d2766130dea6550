package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/** Log-in over real HTTP: form log-in, throttling of repeated failures, what visitors may reach. */
@PlatformTest
class LoginIT {


    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    WebClient http;

    @BeforeEach
    void newBrowserSession() {
        http = new WebClient(port);
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
    void repeated_failures_are_slowed_then_refused_even_with_the_right_password() throws Exception {
        AccountSummary account = new TestAccounts(accounts, units).create("Tòng Văn Ơn");
        assertThat(location(login(account.contact(), "wrong-1x"))).endsWith("/login?error");
        assertThat(location(login(account.contact(), "wrong-2x"))).endsWith("/login?error");
        assertThat(location(login(account.contact(), "wrong-3x"))).endsWith("/login?error");
        String locked = location(login(account.contact(), TestAccounts.PASSWORD));
        assertThat(locked).contains("/login?locked=");
        long seconds = Long.parseLong(locked.substring(locked.indexOf('=') + 1));
        assertThat(seconds).isBetween(1L, 30L);
    }

    @Test
    void an_unknown_account_gets_the_same_message_as_a_wrong_password() throws Exception {
        assertThat(location(login(TestAccounts.uniqueEmail("nobody"), "whatever1"))).endsWith("/login?error");
    }

    private HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        return http.login(username, password);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.get(path);
    }

    private static String location(HttpResponse<String> response) {
        return WebClient.location(response);
    }
}
