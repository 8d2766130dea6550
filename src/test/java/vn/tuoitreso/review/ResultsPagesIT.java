package vn.tuoitreso.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.test.PlatformTest;

/**
 * The public site's results pages (site module) on a round published through the real review: in review's package
 * to reuse its scenario. Only what was published shows, names only by consent.
 */
@PlatformTest
class ResultsPagesIT extends ReviewScenario {

    @LocalServerPort
    int port;
    @Autowired Certificates certificates;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void published_results_show_on_the_contest_results_page_the_latest_results_and_the_landing_page() throws Exception {
        long unit = unitIds().get(1);
        AccountSummary organiser = person("Ban Tổ Chức", unit, Role.ORGANISER);
        AccountSummary lan = person("Hà Thị Lan", unit);
        AccountSummary tuan = person("Lục Văn Tuấn", unit);
        AccountSummary j1 = person("Giám Khảo Một", unit, Role.JUDGE);
        AccountSummary j2 = person("Giám Khảo Hai", unit, Role.JUDGE);
        ContestSummary contest = contest(organiser, "Học tập");
        SubmissionSummary first = idea(lan, contest, 0, "Bản đồ số chợ phiên Trùng Khánh", List.of(), null);
        SubmissionSummary second = idea(tuan, contest, 0, "Sổ tay chi đoàn trên điện thoại", List.of(), null);
        assertThat(get("/cuoc-thi/" + contest.id() + "/ket-qua").body()).contains("id=\"no-results\"");

        PanelSummary panel = judged(organiser, contest, List.of(j1, j2), Map.of(first.id(), 0.9, second.id(), 0.6));
        logIn(lan);
        feedback.showName(first.id(), true);
        logIn(organiser);
        panels.publish(panel.id(), List.of("Giải Nhất", "Giải Nhì"));
        SecurityContextHolder.clearContext();

        HttpResponse<String> page = get("/cuoc-thi/" + contest.id() + "/ket-qua");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kết quả: " + contest.settings().title(), "Vòng sơ khảo", "Giải Nhất",
                "Bản đồ số chợ phiên Trùng Khánh", "Hà Thị Lan", "Giải Nhì", "Sổ tay chi đoàn trên điện thoại",
                first.code(), "property=\"og:image\"", "/anh-chia-se/ket-qua/" + contest.id() + ".png")
                .doesNotContain("Lục Văn Tuấn", "Giám Khảo", "@");
        assertThat(page.body().indexOf("Bản đồ số")).isLessThan(page.body().indexOf("Sổ tay chi đoàn"));

        assertThat(get("/ket-qua").body()).contains(contest.settings().title(), "Bản đồ số chợ phiên Trùng Khánh");
        assertThat(get("/").body()).contains("Kết quả mới công bố", "Giải Nhất: Bản đồ số chợ phiên Trùng Khánh");
        assertThat(get("/cuoc-thi/" + contest.id()).body()).contains("/cuoc-thi/" + contest.id() + "/ket-qua");
        assertThat(get("/sitemap.xml").body()).contains("/cuoc-thi/" + contest.id() + "/ket-qua</loc>");
        HttpResponse<String> picture = get("/anh-chia-se/ket-qua/" + contest.id() + ".png");
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(get("/cuoc-thi/999999999/ket-qua").statusCode()).isEqualTo(404);

        logIn(lan);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> !certificates.mine().isEmpty());
        String code = certificates.mine().getFirst().code();
        SecurityContextHolder.clearContext();
        assertThat(get("/verify/" + code).body()).as("the winner's award certificate checks on the public page")
                .contains("Hà Thị Lan", "Giải thưởng: Giải Nhất", "Vòng thi: Vòng sơ khảo",
                        "Ý tưởng: Bản đồ số chợ phiên Trùng Khánh", "id=\"status\" class=\"valid\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
