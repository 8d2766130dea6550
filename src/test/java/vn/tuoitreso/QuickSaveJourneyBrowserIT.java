package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/**
 * Quick hands on a phone: an organiser pastes the contest's rules and taps "Lưu" at once, before a lazy value
 * change could have reached the server, and after a reload the rules are the ones pasted; a contestant pastes the
 * last part of an idea and taps "Nộp" at once, and the receipt has it. Tapping "Viết ý tưởng" again opens the same
 * idea.
 */
class QuickSaveJourneyBrowserIT extends BrowserTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired Contests contests;
    @Autowired TestClock clock;
    @Autowired Submissions submissions;

    /** A phone's browser has the focus: fields are left (blur, change) when another part is tapped. */
    @org.junit.jupiter.api.BeforeEach
    void focusThePage() {
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rules_pasted_and_saved_at_once_are_the_rules_stored() {
        AccountSummary organiser = new TestAccounts(accounts, units).create("Nông Thị Dán", Role.ORGANISER);
        TestAccounts.login(users, organiser);
        ContestSummary contest = contests.create(new ContestDraft("Cuộc thi lưu nhanh " + System.nanoTime(),
                "Thể lệ cũ", 16, 35, 5, 5, 20, 50), Set.of());
        logIn(organiser);

        for (int attempt = 1; attempt <= 3; attempt++) {
            String rules = "## Thể lệ lần " + attempt + "\n\nMỗi người gửi tối đa " + attempt + " ý tưởng.";
            open("organiser/contests/" + contest.id());
            WebElement area = waitFor("#contest-rules textarea");
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", area);
            area.click();
            area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            driver.executeScript("window.__events = []; for (const t of ['change', 'blur', 'focusout'])"
                    + " document.querySelector('#contest-rules').addEventListener(t, () => window.__events.push(t"
                    + " + ':' + document.activeElement.tagName), true);");
            // What a paste does: the whole text arrives in one input event; then the save button is tapped at once.
            driver.executeCdpCommand("Input.insertText", Map.of("text", rules));
            WebElement save = driver.findElement(By.id("save-contest"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
            save.click();
            patiently(30).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .anyMatch(n -> n.getText().contains("Đã lưu thay đổi.")));
            assertThat(contests.get(contest.id()).settings().rules()).as("stored after attempt " + attempt
                    + ", events in the browser: " + driver.executeScript("return window.__events;")).isEqualTo(rules);

            driver.navigate().refresh();
            patiently(30).until(d -> rules.equals(
                    d.findElement(By.cssSelector("#contest-rules textarea")).getDomProperty("value")));
            assertFitsThePhone();
        }
    }

    @Test
    void writing_an_idea_twice_reopens_it_and_text_typed_just_before_sending_is_on_the_receipt() {
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Hoàng Văn Tổ", Role.ORGANISER);
        AccountSummary contestant = people.create("Nông Thị Nhanh");
        TestAccounts.login(users, organiser);
        String title = "Cuộc thi gửi nhanh " + System.nanoTime();
        ContestSummary contest = contests.create(new ContestDraft(title, "", null, null, 5, 5, 20, 50), Set.of());
        contests.addCategory(contest.id(), "Học tập");
        contests.addRound(contest.id(), new RoundDraft("Vòng một", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(7)), null, null));
        contests.publish(contest.id(), true);
        SecurityContextHolder.clearContext();

        driver.manage().deleteAllCookies();
        logIn(contestant);
        String ideaUrl = startIdea(title);
        waitFor("vaadin-text-field input");
        String again = startIdea(title);
        assertThat(again).as("one idea per round: the same draft, not another empty one").isEqualTo(ideaUrl);
        assertFitsThePhone();

        waitFor("vaadin-text-field input").sendKeys("Bản đồ số khu di tích Kim Đồng");
        click("vaadin-select");
        WebElement category = patiently(10).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().equals("Học tập")).findFirst().orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", category);
        patiently(10).ignoring(ElementClickInterceptedException.class).until(d -> {
            category.click();
            return true;
        });
        List<WebElement> areas = driver.findElements(By.cssSelector("vaadin-text-area textarea"));
        String[] texts = {"Bản đồ và thuyết minh trên điện thoại.", "Khách khó tìm đường.", "Mã QR ở mỗi điểm.",
                "Nhiều khách hơn.", "Chi phí thấp, làm trong hai tháng ở Hà Quảng."};
        for (int i = 0; i < texts.length; i++) {
            WebElement area = areas.get(i);
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", area);
            patiently(10).ignoring(ElementClickInterceptedException.class).until(d -> {
                area.click();
                return true;
            });
            driver.executeCdpCommand("Input.insertText", Map.of("text", texts[i]));
        }
        // "Nộp" tapped at once after the last paste, before a lazy value change could have reached the server
        WebElement submit = driver.findElement(By.id("submit-idea"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", submit);
        submit.click();
        patiently(30).until(d -> d.getCurrentUrl().contains("/receipt/YT-"));
        assertThat(waitFor(".receipt").getText()).contains("Bản đồ số khu di tích Kim Đồng");
        assertFitsThePhone();
        TestAccounts.login(users, contestant);
        long id = Long.parseLong(ideaUrl.replaceAll(".*/contests/submissions/(\\d+).*", "$1"));
        assertThat(submissions.history(id)).singleElement().satisfies(sent -> assertThat(sent.idea().feasibility())
                .as("the text pasted just before sending was sent").isEqualTo(texts[4]));
        SecurityContextHolder.clearContext();

        assertThat(startIdea(title)).as("the submitted idea is opened again").isEqualTo(ideaUrl);
    }

    /** Taps "Viết ý tưởng" on the contest's card and returns the address of the idea it opens. */
    private String startIdea(String contestTitle) {
        open("contests");
        WebElement card = patiently(30).until(d -> d.findElements(By.cssSelector(".contest-card")).stream()
                .filter(c -> c.getText().contains(contestTitle)).findFirst().orElse(null));
        WebElement start = card.findElement(By.cssSelector(".start-idea"));
        assertThat(start.getText()).isEqualTo("Viết ý tưởng");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();
        patiently(30).until(d -> d.getCurrentUrl().contains("/contests/submissions/"));
        return driver.getCurrentUrl();
    }

    private void logIn(AccountSummary account) {
        open("login");
        logInWith(account.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");
    }
}
