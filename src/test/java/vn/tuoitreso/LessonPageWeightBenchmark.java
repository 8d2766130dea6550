package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;

/**
 * Measures, in the production build and headless Chromium throttled to Regular 3G (700 kbit/s down,
 * 300 ms latency), the bytes on the wire and the time until the page is readable for: a lesson with an empty
 * cache (cold), the same lesson again (warm), the first screen after logging in with an empty cache, and a
 * returning learner's lesson after a server restart (the session gone with the restart, so through the log-in
 * again, the browser's cache kept). Prints figures; asserts nothing about them. Run it with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LessonPageWeightBenchmark}.
 */
class LessonPageWeightBenchmark extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Test
    void lesson_page_weight() throws IOException {
        AccountSummary learner = new TestAccounts(accounts, units).create("Đo Lường");
        open("login");
        logIn(learner);
        waitForPath("learner");
        open("courses/ban-hang-tren-san-thuong-mai-dien-tu");
        waitFor("#enrol");
        String lessonPath = driver.findElements(By.cssSelector(".lesson-list a")).get(1).getDomAttribute("href");

        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 300,
                "downloadThroughput", 700 * 1000 / 8, "uploadThroughput", 700 * 1000 / 8));
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        Weight cold = lesson(lessonPath);
        Weight warm = lesson(lessonPath);

        // The first screen after logging in, on an empty cache: the log-in page, then the learner's home.
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        long start = System.nanoTime();
        open("login");
        waitFor("#username");
        Weight loginPage = weigh(start);
        fillIn(learner);
        start = System.nanoTime();
        submit();
        waitForPath("learner");
        waitFor(".role-home h2");
        Weight firstScreen = loginPage.plus(weigh(start));

        // The learner reads the lesson again, so the browser holds what it needs, as a returning learner's does.
        lesson(lessonPath);
        // After a restart the session is gone: the learner opens the lesson, logs in again and is brought back.
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        start = System.nanoTime();
        driver.get("http://localhost:" + port + "/" + lessonPath);
        waitFor("#username");
        Weight restartLogin = weigh(start);
        fillIn(learner);
        start = System.nanoTime();
        submit();
        waitFor(".lesson-body h2");
        Weight afterRestart = restartLogin.plus(weigh(start));

        String report = String.format("""
                Page weight on Regular 3G (700 kbit/s, 300 ms), bytes on the wire, seconds until readable
                                                    bytes   bundle  own+page  requests  seconds
                  lesson, cold (%s)
                                               %10d %8d %9d %9d %8.1f
                  lesson, warm reload          %10d %8d %9d %9d %8.1f
                  log-in page, cold            %10d %8d %9d %9d %8.1f
                  first screen after log-in,
                  cold (log-in page + home)    %10d %8d %9d %9d %8.1f
                  returning learner's lesson
                  after a restart (log-in
                  page + lesson, cache kept)   %10d %8d %9d %9d %8.1f
                """, lessonPath,
                cold.total(), cold.bundle(), cold.own(), cold.requests(), cold.seconds(),
                warm.total(), warm.bundle(), warm.own(), warm.requests(), warm.seconds(),
                loginPage.total(), loginPage.bundle(), loginPage.own(), loginPage.requests(), loginPage.seconds(),
                firstScreen.total(), firstScreen.bundle(), firstScreen.own(), firstScreen.requests(), firstScreen.seconds(),
                afterRestart.total(), afterRestart.bundle(), afterRestart.own(), afterRestart.requests(),
                afterRestart.seconds());
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/lesson-page-weight.txt"), report);
        assertThat(cold.requests()).isPositive();
    }

    private void logIn(AccountSummary learner) {
        fillIn(learner);
        submit();
    }

    private void fillIn(AccountSummary learner) {
        fillIn("#username", learner.contact());
        fillIn("#password", TestAccounts.PASSWORD);
    }

    private void submit() {
        driver.findElement(By.id("password")).sendKeys(Keys.ENTER);
    }

    private record Weight(long total, long bundle, long own, long requests, double seconds) {

        Weight plus(Weight other) {
            return new Weight(total + other.total, bundle + other.bundle, own + other.own, requests + other.requests,
                    seconds + other.seconds);
        }
    }

    private Weight lesson(String path) {
        long start = System.nanoTime();
        driver.get("http://localhost:" + port + "/" + path);
        waitFor(".lesson-body h2");
        return weigh(start);
    }

    /** What the page shown now cost since its navigation began; the time from {@code start} to now. */
    @SuppressWarnings("unchecked")
    private Weight weigh(long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return document.readyState === 'complete';")));
        List<Map<String, Object>> entries = (List<Map<String, Object>>) driver.executeScript("""
                return performance.getEntries()
                  .filter(e => e.entryType === 'navigation' || e.entryType === 'resource')
                  .map(e => ({name: e.name, size: e.transferSize || 0}));""");
        long total = 0;
        long bundle = 0;
        long requests = 0;
        for (Map<String, Object> entry : entries) {
            long size = ((Number) entry.get("size")).longValue();
            String name = (String) entry.get("name");
            total += size;
            requests += size > 0 ? 1 : 0;
            // Vaadin's bundle, Lumo and the application's styles: shared by every page, cached after the first.
            if (name.contains("/VAADIN/build/") || name.contains("/VAADIN/static/") || name.contains("/themes/")
                    || name.contains("/icons/") || name.contains("/styles/") || name.contains("lumo")) {
                bundle += size;
            }
            if (size > 5 * 1024) {
                System.out.printf("  %8d  %s%n", size, name.replaceFirst("^https?://[^/]+", ""));
            }
        }
        return new Weight(total, bundle, total - bundle, requests, seconds);
    }
}
