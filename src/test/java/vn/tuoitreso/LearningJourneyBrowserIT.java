package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/** A learner logs in on a phone-sized screen, enrols, opens a lesson, marks it done and sees the bar move. */
class LearningJourneyBrowserIT extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Test
    void a_learner_enrols_reads_a_lesson_marks_it_done_and_the_progress_bar_moves() {
        AccountSummary learner = new TestAccounts(accounts, units).create("Lò Thị Chăm");
        // A link to a course, opened before logging in, leads back to that course afterwards.
        open("courses/dinh-danh-dien-tu-vneid");
        waitForPath("login");
        logInWith(learner.contact(), TestAccounts.PASSWORD);
        waitForPath("courses/dinh-danh-dien-tu-vneid");
        assertThat(driver.getCurrentUrl()).doesNotContain("?");
        assertThat(waitFor("h2").getText()).isEqualTo("Định danh điện tử VNeID");
        assertThat(waitFor(".content-checked").getText()).matches("Cập nhật nội dung: \\d{2}/\\d{2}/\\d{4}");
        assertThat(driver.findElements(By.cssSelector(".glossary dt"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".course-sources li"))).isNotEmpty();
        snapshot("course-page");
        click("#enrol");

        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/courses/dinh-danh-dien-tu-vneid/"));
        waitFor(".lesson-body h2");
        assertThat(progress()).isZero();
        String label = waitFor(".course-progress-label").getText();
        assertThat(label).startsWith("Đã học 0/");

        click("#mark-done");

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> progress() > 0);
        assertThat(driver.findElement(By.cssSelector(".course-progress-label")).getDomProperty("textContent"))
                .startsWith("Đã học 1/");
        assertThat(waitFor("#mark-done").getText()).isEqualTo("Đã học xong ✓");

        // "Bài tiếp theo" twice re-renders the same view; one tap on the third lesson still saves once.
        for (int step = 0; step < 2; step++) {
            String before = driver.getCurrentUrl();
            click("#next-lesson");
            patiently(30).until(d -> !before.equals(d.getCurrentUrl()) && d.findElement(By.id("mark-done")).isEnabled());
        }
        String third = driver.getCurrentUrl();
        click("#mark-done");
        patiently(30).until(d -> d.findElement(By.cssSelector(".course-progress-label"))
                .getDomProperty("textContent").startsWith("Đã học 2/"));
        assertThat(driver.getCurrentUrl()).isEqualTo(third);
        assertThat(driver.findElements(By.cssSelector("vaadin-notification-card")))
                .filteredOn(card -> card.getText().startsWith("Đã học 2/")).as("one toast for one tap").hasSize(1);
        assertFitsThePhone();
    }

    private double progress() {
        Object value = driver.executeScript(
                "const bar = document.querySelector('vaadin-progress-bar.course-progress'); return bar ? bar.value : -1;");
        return value instanceof Number n ? n.doubleValue() : -1;
    }
}
