package vn.tuoitreso.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.search.Search;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;

/**
 * The review on a 360 px phone, each person in their own browser session: the organiser assigns the judge; the
 * judge finds an idea by words typed without diacritics, reads its PDF as pictures, scores and submits; the
 * organiser sees the ranking and publishes; the winner reads the feedback, agrees to be named and checks the award
 * certificate; the public results page lists the winners.
 */
class ReviewJourneyBrowserIT extends BrowserTest {

    private static final String WINNING_TITLE = "Tem truy xuất nguồn gốc hạt dẻ Trùng Khánh";
    private static final String OTHER_TITLE = "Sổ tay chi đoàn trên điện thoại";

    @Autowired AutowireCapableBeanFactory beans;
    @Autowired Search search;
    @TempDir Path dir;

    private final ReviewScenario scenario = new ReviewScenario() {
    };

    @Test
    void a_round_is_assigned_judged_ranked_published_and_its_award_verified_on_a_phone() throws Exception {
        beans.autowireBean(scenario);
        long unit = scenario.unitIds().get(1);
        AccountSummary organiser = scenario.person("Ban Tổ Chức Hội Đồng", unit, Role.ORGANISER);
        AccountSummary judge = scenario.person("Giám Khảo Điện Thoại", unit, Role.JUDGE);
        AccountSummary lan = scenario.person("Hà Thị Lan", unit);
        AccountSummary tuan = scenario.person("Lục Văn Tuấn", unit);
        ContestSummary contest = scenario.contest(organiser, "Học tập");
        SubmissionSummary winning = scenario.idea(lan, contest, 0, WINNING_TITLE, List.of(), dir.resolve("a.pdf"));
        SubmissionSummary other = scenario.idea(tuan, contest, 0, OTHER_TITLE, List.of(), null);
        scenario.logIn(organiser);
        PanelSummary panel = scenario.panels.open(contest.rounds().getFirst().id());
        scenario.panels.configure(panel.id(), new PanelSettings(true, 1, false, Set.of(judge.id()),
                panel.settings().version()));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> search.search(
                SearchQuery.of("giai phap").withContests(Set.of(contest.id()))).total() == 2);
        SecurityContextHolder.clearContext();

        // the organiser presses "Phân công", looks at the proposal, confirms it
        signIn(organiser);
        openPanel(contest);
        click("#assign-propose");
        patiently(30).until(d -> d.findElement(By.id("assign-status")).getText().startsWith("Đề xuất 2 lượt chấm"));
        assertThat(driver.findElement(By.id("assign-grid")).getText()).contains(winning.code(), other.code());
        snapshot("review-proposal");
        assertFitsThePhone();
        click("#assign-confirm");
        patiently(30).until(d -> d.findElement(By.id("assign-status")).getText()
                .startsWith("Đã phân công 2 lượt chấm"));
        assertFitsThePhone();

        // the judge types words without diacritics; only the idea holding them is left
        signIn(judge);
        open("judge/queue");
        patiently(30).until(d -> d.findElements(By.cssSelector("#queue-items .queue-item")).size() == 2);
        type("#queue-filter", "hat de");
        patiently(30).until(d -> d.findElements(By.cssSelector("#queue-items .queue-item")).size() == 1);
        assertThat(driver.findElement(By.id("queue-items")).getText()).contains(WINNING_TITLE, "Chưa chấm")
                .doesNotContain(OTHER_TITLE, "Hà Thị Lan");
        snapshot("review-queue");
        assertFitsThePhone();
        click("#queue-items .queue-title");
        waitForPathContaining("judge/ideas/");
        patiently(30).until(d -> d.findElement(By.tagName("h2")).getText().equals(WINNING_TITLE));

        // reads the PDF's first page, a picture the server rendered
        click("vaadin-details vaadin-details-summary");
        WebElement page = waitFor("img.pdf-page");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", page);
        patiently(30).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", page)));
        assertThat(driver.findElement(By.cssSelector("vaadin-details")).getText()).contains("tep-1.pdf",
                "không tải được tệp gốc").doesNotContain("Hà Thị Lan");
        assertThat(driver.findElements(By.id("file-1"))).as("a blind judge gets no original file").isEmpty();
        snapshot("review-pdf-page");
        assertFitsThePhone();

        // scores every criterion, writes feedback, submits
        List<WebElement> criteria = driver.findElements(By.cssSelector("vaadin-number-field[id^='score-']"));
        assertThat(criteria).as("the rubric's criteria").hasSizeGreaterThan(1);
        for (WebElement criterion : criteria) {
            typeInto(criterion.findElement(By.tagName("input")), "8");
        }
        typeInto(driver.findElement(By.cssSelector("#sheet-feedback textarea")), "Nên thử ở một hợp tác xã trước.");
        click("#sheet-submit");
        // the state badge is at the top of the sheet, far above the button: the judge scrolls up to read it
        patiently(60).until(d -> "Đã nộp".equals(d.findElement(By.id("sheet-state")).getDomProperty("textContent")));
        WebElement state = driver.findElement(By.id("sheet-state"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", state);
        assertThat(state.getText()).isEqualTo("Đã nộp");
        assertThat(driver.findElement(By.id("sheet-submit")).getDomAttribute("disabled"))
                .as("submitted scores are locked").isNotNull();
        assertThat(driver.findElements(By.cssSelector("vaadin-number-field[id^='score-'][readonly]")))
                .hasSameSizeAs(criteria);
        snapshot("review-submitted");
        assertFitsThePhone();
        scoreTheOtherIdea(judge, other);

        // the organiser sees the ranking and publishes
        signIn(organiser);
        openPanel(contest);
        patiently(30).until(d -> d.findElement(By.id("ranking-grid")).getText().contains("hạng 1 · " + winning.code()));
        assertThat(driver.findElement(By.id("judge-progress")).getText()).contains("Giám Khảo Điện Thoại");
        click("#results-publish");
        patiently(30).until(d -> d.findElement(By.id("results-published")).getText().startsWith("Đã công bố lúc"));
        snapshot("review-published");
        assertFitsThePhone();

        // the winner reads the judge's scores and feedback, agrees to be named, and checks the award
        signIn(lan);
        open("contests/submissions/" + winning.id() + "/feedback");
        patiently(30).until(d -> d.findElement(By.id("feedback-content")).getText().contains("Nên thử ở một hợp tác xã"));
        assertThat(driver.findElement(By.id("feedback-content")).getText()).contains("Giám khảo 1", "Tính sáng tạo: 8/30", "Trình bày: 8/10")
                .doesNotContain("Giám Khảo Điện Thoại");
        WebElement agree = driver.findElement(By.cssSelector("#feedback-show-name input"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", agree);
        agree.click();
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            scenario.logIn(lan);
            boolean shown = scenario.feedback.nameShown(winning.id());
            SecurityContextHolder.clearContext();
            return shown;
        });
        assertFitsThePhone();

        open("certificates");
        patiently(60).until(d -> {
            if (d.findElements(By.cssSelector("a[href^='verify/']")).isEmpty()) {
                open("certificates");
                return false;
            }
            return true;
        });
        assertThat(driver.findElement(By.cssSelector(".certificates-view")).getText()).contains("Giải Nhất",
                WINNING_TITLE);
        assertFitsThePhone();
        click("a[href^='verify/']");
        patiently(30).until(d -> d.getCurrentUrl().contains("/verify/"));
        assertThat(waitFor("h2").getText()).isEqualTo("✓ Giấy chứng nhận hợp lệ");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Hà Thị Lan", "Giải Nhất",
                WINNING_TITLE);
        assertFitsThePhone();

        // anyone reads the winners on the public results page
        driver.manage().deleteAllCookies();
        open("cuoc-thi/" + contest.id() + "/ket-qua");
        String results = waitFor("main").getText();
        assertThat(results).contains("Giải Nhất", WINNING_TITLE, "Hà Thị Lan", "Giải Nhì", OTHER_TITLE)
                .doesNotContain("Lục Văn Tuấn", "Giám Khảo");
        assertThat(results.indexOf(WINNING_TITLE)).isLessThan(results.indexOf(OTHER_TITLE));
        snapshot("review-public-results");
        assertFitsThePhone();
    }

    /** A fresh session of this person, logged in through the plain form. */
    private void signIn(AccountSummary person) {
        driver.manage().deleteAllCookies();
        open("login");
        logInWith(person.contact(), TestAccounts.PASSWORD);
        patiently(30).until(d -> !d.getCurrentUrl().contains("login"));
    }

    private void openPanel(ContestSummary contest) {
        open("organiser/review");
        click("#panel-round");
        // the list holds every contest's rounds: the one wanted may be further down
        patiently(10).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            WebElement item = d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(e -> e.getDomProperty("textContent").strip().startsWith(contest.settings().title()))
                    .findFirst().orElse(null);
            if (item == null) {
                return false;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
            item.click();
            return true;
        });
        waitFor("#assign-propose");
    }

    private void waitForPathContaining(String part) {
        patiently(30).until(d -> d.getCurrentUrl().contains(part));
    }

    private void typeInto(WebElement input, String text) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(text);
    }

    /** The judge's other idea, scored lower through the service, so the ranking has two places. */
    private void scoreTheOtherIdea(AccountSummary judge, SubmissionSummary other) {
        scenario.logIn(judge);
        QueueItem item = scenario.judging.queue("").stream().filter(i -> i.submissionId() == other.id())
                .findFirst().orElseThrow();
        ScoreSheet sheet = scenario.judging.sheet(item.assignmentId());
        Map<Long, Double> scores = new HashMap<>();
        sheet.rubric().forEach(c -> scores.put(c.id(), c.min()));
        scenario.judging.submit(item.assignmentId(), new ScoreDraft(scores, "", ""), sheet.version());
        SecurityContextHolder.clearContext();
    }
}
