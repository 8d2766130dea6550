package vn.tuoitreso.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestClock;

/**
 * Measures the public pages in the production build and headless Chromium throttled to Regular 3G (700 kbit/s
 * down, 300 ms latency), each with an empty cache: bytes on the wire, requests, and the seconds until the page is
 * readable (first contentful paint, and the HTML parsed), for the landing page, the catalogue, a contest's page and
 * the log-in page (whose prefetch of the application's bundle, made while the person types, is counted apart).
 * Prints figures; asserts nothing about them. Run it with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PublicPageWeightBenchmark}.
 */
class PublicPageWeightBenchmark extends BrowserTest {

    @Autowired Contests contests;
    @Autowired TestClock clock;

    @Test
    void public_page_weight() throws IOException {
        ContestSummary contest = SystemTasks.runAsSystem(() -> {
            ContestSummary created = contests.create(new ContestDraft(
                    "Ý tưởng sáng tạo ứng dụng chuyển đổi số trong học tập, lao động, công tác",
                    "## Thể lệ\n\nMỗi ý tưởng gồm **vấn đề**, giải pháp, kế hoạch thực hiện tại cơ sở và hiệu quả dự"
                            + " kiến.\n\n- Cá nhân hoặc nhóm đến 5 người\n- Tối đa 3 tệp đính kèm", 16, 35, 5, 3, 10, 30),
                    Set.of());
            contests.addCategory(created.id(), "Học tập");
            contests.addCategory(created.id(), "Lao động");
            Instant now = clock.instant();
            contests.addRound(created.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(21)), now.plus(Duration.ofDays(30))));
            return contests.publish(created.id(), true);
        });
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 300,
                "downloadThroughput", 700 * 1000 / 8, "uploadThroughput", 700 * 1000 / 8));

        Weight landing = cold("");
        Weight catalogue = cold("khoa-hoc");
        Weight course = cold("khoa-hoc/dinh-danh-dien-tu-vneid");
        Weight contestPage = cold("cuoc-thi/" + contest.id());
        Weight login = cold("login");

        String report = String.format("""
                Public pages on Regular 3G (700 kbit/s, 300 ms), empty cache; bytes on the wire
                                          page bytes  requests  first paint s  HTML parsed s   prefetched bytes
                  landing               %12d %9d %14.2f %14.2f %18s
                  catalogue             %12d %9d %14.2f %14.2f %18s
                  course outline        %12d %9d %14.2f %14.2f %18s
                  contest page          %12d %9d %14.2f %14.2f %18s
                  log-in page           %12d %9d %14.2f %14.2f %18d
                """,
                landing.page(), landing.requests(), landing.paint(), landing.parsed(), "-",
                catalogue.page(), catalogue.requests(), catalogue.paint(), catalogue.parsed(), "-",
                course.page(), course.requests(), course.paint(), course.parsed(), "-",
                contestPage.page(), contestPage.requests(), contestPage.paint(), contestPage.parsed(), "-",
                login.page(), login.requests(), login.paint(), login.parsed(), login.prefetched());
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/public-page-weight.txt"), report);
        assertThat(landing.requests()).isPositive();
    }

    /** Opens the page with an empty cache and no cookies, and weighs it once it and its prefetches are done. */
    @SuppressWarnings("unchecked")
    private Weight cold(String path) {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        open(path);
        waitFor("h1");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete';")));
        // The prefetches run when the page is idle: wait until the list of resources stops growing.
        long[] seen = {-1};
        wait.pollingEvery(Duration.ofSeconds(2)).until(d -> {
            long count = ((Number) driver.executeScript(
                    "return performance.getEntriesByType('resource').filter(e => e.responseEnd > 0).length;"))
                    .longValue();
            boolean settled = count == seen[0];
            seen[0] = count;
            return settled;
        });
        Map<String, Object> timing = (Map<String, Object>) driver.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
                return {parsed: nav.domContentLoadedEventEnd, paint: paint ? paint.startTime : nav.domContentLoadedEventEnd};""");
        List<Map<String, Object>> entries = (List<Map<String, Object>>) driver.executeScript("""
                return performance.getEntries()
                  .filter(e => e.entryType === 'navigation' || e.entryType === 'resource')
                  .map(e => ({name: e.name, size: e.transferSize || 0}));""");
        long page = 0;
        long prefetched = 0;
        long requests = 0;
        for (Map<String, Object> entry : entries) {
            long size = ((Number) entry.get("size")).longValue();
            String name = (String) entry.get("name");
            if (name.contains("/VAADIN/build/")) {
                prefetched += size;
            } else {
                page += size;
                requests += size > 0 ? 1 : 0;
            }
        }
        return new Weight(page, requests, ((Number) timing.get("paint")).doubleValue() / 1000,
                ((Number) timing.get("parsed")).doubleValue() / 1000, prefetched);
    }

    private record Weight(long page, long requests, double paint, double parsed, long prefetched) {
    }
}
