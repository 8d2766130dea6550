package vn.tuoitreso.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/** The headers every response carries, HTTPS-only parts behind an HTTPS proxy, and what health tells whom. */
@PlatformTest
@org.springframework.test.context.TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pages_resources_and_errors_refuse_framing_and_foreign_scripts() throws Exception {
        for (String path : List.of("/login", "/register", "/learner", "/no-such-page", "/actuator/health",
                "/icons/icon.svg")) {
            HttpResponse<String> response = get(path, false);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'")
                            .contains("img-src 'self' data: blob:").contains("object-src 'none'")
                            .contains("default-src 'self'").doesNotContain("http:").doesNotContain("*"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()",
                            "geolocation=()"));
        }
    }

    @Test
    void the_bundle_stays_cacheable() throws Exception {
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("(?:src|href)=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"")
                .matcher(get("/login", false).body());
        assertThat(script.find()).as("the bootstrap page names its bundle").isTrue();
        HttpResponse<String> bundle = get("/" + script.group(1), false);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().allValues("Cache-Control")).as("Cache-Control of " + script.group(1))
                .anySatisfy(value -> assertThat(value).contains("max-age="))
                .noneSatisfy(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void over_plain_http_no_hsts_and_the_session_cookie_is_not_marked_secure() throws Exception {
        HttpResponse<String> response = get("/login", false);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(response)).doesNotContainIgnoringCase("secure");
    }

    @Test
    void behind_an_https_proxy_hsts_is_sent_and_the_session_cookie_is_secure_and_http_only() throws Exception {
        HttpResponse<String> response = get("/login", true);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(sessionCookie(response)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void health_tells_visitors_and_learners_only_the_status_and_administrators_its_components() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", false);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("\"db\"");

        TestAccounts people = new TestAccounts(accounts, units);
        WebClient learner = new WebClient(port);
        learner.login(people.create("Nông Văn Dũng").contact(), TestAccounts.PASSWORD);
        assertThat(learner.get("/actuator/health").body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");

        AccountSummary admin = people.create("Hoàng Thị Mai", Role.ADMIN);
        WebClient administrator = new WebClient(port);
        administrator.login(admin.contact(), TestAccounts.PASSWORD);
        assertThat(administrator.get("/actuator/health").body()).contains("\"components\"").contains("\"db\"");
    }

    private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (viaHttpsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie on " + response.uri()));
    }
}
