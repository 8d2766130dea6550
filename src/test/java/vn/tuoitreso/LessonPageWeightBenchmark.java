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
 * Measures, in the production build and headless Chromium, the bytes on the wire for a cold and a warm
 * load of a lesson page, and how much of it is the lesson's own content (everything but the shared
 * application bundle). Prints figures; asserts nothing about them. Run it with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LessonPageWeightBenchmark}.
 */
class LessonPageWeightBenchmark extends BrowserTest {

    private static final String LESSON = "courses/ban-hang-tren-san-thuong-mai-dien-tu/";

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Test
    void lesson_page_weight() throws IOException {
        AccountSummary learner = new TestAccounts(accounts, units).create("Đo Lường");
        open("login");
        type("#vaadinLoginUsername", learner.contact());
        type("#vaadinLoginPassword", TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Keys.ENTER);
        waitForPath("learner");
        open("courses/ban-hang-tren-san-thuong-mai-dien-tu");
        waitFor("#enrol");
        String lessonPath = driver.findElements(By.cssSelector(".lesson-list a")).get(1).getDomAttribute("href");

        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        Weight cold = measure(lessonPath);
        Weight warm = measure(lessonPath);

        String report = String.format("""
                Lesson page weight (%s), bytes on the wire
                                       cold        warm
                  total           %10d  %10d
                  shared bundle   %10d  %10d
                  lesson content  %10d  %10d   (target: under 61440 compressed, bundle excluded)
                  requests        %10d  %10d
                """, lessonPath, cold.total(), warm.total(), cold.bundle(), warm.bundle(), cold.own(), warm.own(),
                cold.requests(), warm.requests());
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/lesson-page-weight.txt"), report);
        assertThat(cold.requests()).isPositive();
    }

    private record Weight(long total, long bundle, long own, long requests) {
    }

    @SuppressWarnings("unchecked")
    private Weight measure(String path) {
        driver.get("http://localhost:" + port + "/" + path);
        waitFor(".lesson-body h2");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return document.readyState === 'complete';")));
        List<Map<String, Object>> entries = (List<Map<String, Object>>) driver.executeScript("""
                return performance.getEntries()
                  .filter(e => e.entryType === 'navigation' || e.entryType === 'resource')
                  .map(e => ({name: e.name, size: e.transferSize || 0}));""");
        long total = 0;
        long bundle = 0;
        for (Map<String, Object> entry : entries) {
            long size = ((Number) entry.get("size")).longValue();
            String name = (String) entry.get("name");
            total += size;
            // Vaadin's bundle, Lumo and the application's styles: shared by every page, cached after the first.
            if (name.contains("/VAADIN/build/") || name.contains("/VAADIN/static/") || name.contains("/themes/")
                    || name.contains("/icons/") || name.contains("/styles/") || name.contains("lumo")) {
                bundle += size;
            }
            if (size > 5 * 1024) {
                System.out.printf("  %8d  %s%n", size, name.replaceFirst("^https?://[^/]+", ""));
            }
        }
        return new Weight(total, bundle, total - bundle, entries.size());
    }
}
