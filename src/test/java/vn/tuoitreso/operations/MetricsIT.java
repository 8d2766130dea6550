package vn.tuoitreso.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/** The Prometheus endpoint: administrators scrape the platform's own figures by HTTP basic; nobody else does. */
@PlatformTest
class MetricsIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void forgetTheAddressCount() {
        jdbc.update("DELETE FROM identity_throttle WHERE subject LIKE 'login-address:%'");
    }

    @Test
    void an_administrator_finds_the_platforms_own_figures() throws Exception {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        AccountSummary admin = testAccounts.create("Nông Văn Quản", Role.ADMIN);
        AccountSummary learner = testAccounts.create("Hoàng Thị Mai");
        double loginsBefore = value(scrape(admin), "tuoitreso_logins_total{outcome=\"success\"}");
        double failuresBefore = value(scrape(admin), "tuoitreso_logins_total{outcome=\"failure\"}");

        WebClient browser = new WebClient(port);
        assertThat(WebClient.location(browser.login(learner.contact(), TestAccounts.PASSWORD)))
                .doesNotContain("login");
        assertThat(WebClient.location(new WebClient(port).login(learner.contact(), "not-the-password")))
                .endsWith("/login?error");

        String figures = scrape(admin);
        assertThat(value(figures, "tuoitreso_logins_total{outcome=\"success\"}")).isEqualTo(loginsBefore + 1);
        assertThat(value(figures, "tuoitreso_logins_total{outcome=\"failure\"}")).isEqualTo(failuresBefore + 1);
        assertThat(value(figures, "tuoitreso_sessions_signed_in")).isGreaterThanOrEqualTo(1);
        for (String name : new String[] {"tuoitreso_extraction_queue", "tuoitreso_extraction_failed",
                "tuoitreso_search_index_lag", "tuoitreso_events_outstanding",
                "tuoitreso_events_oldest_outstanding_seconds", "tuoitreso_quiz_submissions_total"}) {
            assertThat(value(figures, name)).as(name).isGreaterThanOrEqualTo(0);
        }
        // Boot's own figures come along: the JVM, HTTP requests, the connection pool
        assertThat(figures).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds_count")
                .contains("hikaricp_connections_active");
    }

    @Test
    void anonymous_visitors_and_people_who_are_not_administrators_are_refused() throws Exception {
        AccountSummary learner = new TestAccounts(accounts, units).create("Đàm Văn Lộc");

        HttpResponse<String> anonymous = get(null, null);
        HttpResponse<String> notAdmin = get(learner.contact(), TestAccounts.PASSWORD);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("tuoitreso_");
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(notAdmin.body()).doesNotContain("tuoitreso_");
        assertThat(notAdmin.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void the_balancers_health_check_is_open_and_leaves_the_search_engine_out() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/balancer")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("search");
    }

    private String scrape(AccountSummary admin) throws Exception {
        HttpResponse<String> response = get(admin.contact(), TestAccounts.PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).as("a scrape keeps no session").isEmpty();
        return response.body();
    }

    private HttpResponse<String> get(String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static double value(String figures, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(figures);
        assertThat(matcher.find()).as("%s in the scrape", series).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
