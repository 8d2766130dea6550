package vn.tuoitreso.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/**
 * A visitor on a 360 px phone: the landing page, the catalogue, a course's outline, a contest's page, the plain
 * log-in form and then the application's home, in Vietnamese and in English, with no script needed to read.
 */
class PublicSiteBrowserIT extends BrowserTest {

    @Autowired Contests contests;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired TestClock clock;

    @Test
    void a_visitor_reads_the_public_pages_and_logs_in_in_vietnamese() {
        ContestSummary contest = openContest("Ý tưởng số hóa bản làng " + System.nanoTime());
        AccountSummary learner = new TestAccounts(accounts, units).create("Đàm Thị Xuân");
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());

        walk(contest, "vi", "Cuộc thi đang mở", "Nội dung khóa học", "Các vòng thi", "Đăng nhập");
        logInWith(learner.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");
        waitFor("vaadin-app-layout h2, vaadin-app-layout h1");
        assertFitsThePhone();

        open("");
        waitForPath("learner");
    }

    @Test
    void a_visitor_reads_the_public_pages_and_logs_in_in_english() {
        ContestSummary contest = openContest("Digital village idea " + System.nanoTime());
        AccountSummary learner = new TestAccounts(accounts, units).create("Đàm Văn Đông");
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        open("");
        click("#language");
        patiently(30).until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));

        walk(contest, "en", "Open contests", "What the course covers", "Rounds", "Log in");
        logInWith(learner.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");
        waitFor("vaadin-app-layout h2, vaadin-app-layout h1");
        assertFitsThePhone();
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    private void walk(ContestSummary contest, String language, String contestsHeading, String outlineHeading,
            String roundsHeading, String loginTitle) {
        open("");
        assertThat(waitFor("h1").getText()).isNotBlank();
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(contestsHeading,
                contest.settings().title());
        assertThat(scripts()).as("scripts on the landing page").isZero();
        assertFitsThePhone();
        snapshot("site-home-" + language);

        click("#see-courses");
        waitForPath("khoa-hoc");
        waitFor("#course-list a");
        assertFitsThePhone();
        snapshot("site-courses-" + language);

        click("a[href='/khoa-hoc/dinh-danh-dien-tu-vneid']");
        waitForPath("khoa-hoc/dinh-danh-dien-tu-vneid");
        assertThat(waitFor("h1").getText()).isEqualTo("Định danh điện tử VNeID");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(outlineHeading);
        assertThat(driver.findElements(By.cssSelector("main section li"))).hasSizeGreaterThan(1);
        assertFitsThePhone();
        snapshot("site-course-" + language);

        open("cuoc-thi");
        click("a[href='/cuoc-thi/" + contest.id() + "']");
        waitForPath("cuoc-thi/" + contest.id());
        assertThat(waitFor("h1").getText()).isEqualTo(contest.settings().title());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(roundsHeading, "Vòng một");
        assertFitsThePhone();
        snapshot("site-contest-" + language);

        click("#nav-login");
        waitForPath("login");
        assertThat(waitFor("h1").getText()).isEqualTo(loginTitle);
        assertThat(scripts()).as("scripts on the log-in page").isZero();
        assertFitsThePhone();
        snapshot("site-login-" + language);
    }

    private long scripts() {
        return driver.findElements(By.tagName("script")).size();
    }

    private ContestSummary openContest(String title) {
        return SystemTasks.runAsSystem(() -> {
            ContestSummary created = contests.create(new ContestDraft(title,
                    "## Thể lệ\n\nMỗi ý tưởng gồm **vấn đề**, giải pháp và kế hoạch thực hiện tại cơ sở.", null, null,
                    5, 3, 10, 30), Set.of());
            Instant now = clock.instant();
            contests.addRound(created.id(), new RoundDraft("Vòng một", now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(21)), now.plus(Duration.ofDays(30))));
            return contests.publish(created.id(), true);
        });
    }
}
