package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tuoitreso.documents.HostileCorpus;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/**
 * An organiser sets up and publishes a contest; a contestant on a phone-sized screen drafts an idea (saved as they type), attaches a document with the
 * upload bar, submits, gets a receipt with a code and QR, edits and sends a new revision, withdraws; a second
 * idea sent after the deadline is refused and its draft is still there.
 */
class ContestJourneyBrowserIT extends BrowserTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired TestClock clock;
    @TempDir Path dir;

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_contestant_drafts_attaches_submits_edits_and_withdraws_and_a_late_idea_is_refused() throws Exception {
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        AccountSummary organiser = testAccounts.create("Ban Tổ Chức Hành Trình", Role.ORGANISER);
        AccountSummary contestant = testAccounts.create("Sùng A Dự");
        String title = "Cuộc thi hành trình " + System.nanoTime();
        String editorUrl = setUpContestInTheBrowser(organiser, title);
        clock.advance(Duration.ofMinutes(61)); // the proposed round opens at the next full hour

        driver.manage().deleteAllCookies();
        logIn(contestant, "learner");
        open("contests");
        snapshot("contest-list");
        WebElement card = patiently(30).until(d -> d.findElements(
                By.cssSelector(".contest-card")).stream().filter(c -> c.getText().contains(title)).findFirst()
                .orElse(null));
        clickInside(card, ".start-idea");
        patiently(30).until(d -> d.getCurrentUrl().contains("/contests/submissions/"));
        String ideaUrl = driver.getCurrentUrl();

        write("Chợ nông sản trực tuyến cho bản Sáng Tùng");
        patiently(30)
                .until(d -> d.findElement(By.cssSelector(".save-state")).getText().startsWith("Đã lưu nháp"));

        Path document = HostileCorpus.pdf(dir.resolve("thuyet-minh.pdf"), HostileCorpus.VIETNAMESE);
        WebElement fileInput = (WebElement) driver.executeScript(
                "return document.querySelector('#attachment-upload').shadowRoot?.querySelector('input[type=file]')"
                        + " || document.querySelector('#attachment-upload input[type=file]');");
        fileInput.sendKeys(document.toAbsolutePath().toString());
        patiently(60).until(d -> d.findElements(By.cssSelector(".attachment a"))
                .stream().anyMatch(a -> a.getText().equals("thuyet-minh.pdf")));
        patiently(60).until(d -> d.findElement(By.cssSelector(".attachment"))
                .getText().contains("Đã đọc nội dung")); // the page looks again while the worker reads

        snapshot("contest-idea-form");
        assertFitsThePhone();
        click("#submit-idea");
        waitForPathContaining("/receipt/YT-");
        String code = waitFor("#receipt-code").getText();
        assertThat(code).matches("YT-[A-Z2-9]{8}");
        assertThat(waitFor(".receipt").getText()).contains("Chợ nông sản trực tuyến cho bản Sáng Tùng").contains("Lao động")
                .contains("thuyet-minh.pdf").contains("Lần nộp: 1");
        assertThat(driver.findElement(By.cssSelector("img.receipt-qr")).getAttribute("src")).startsWith("data:image/png");
        assertThat(driver.findElements(By.cssSelector(".receipt .sha256"))).isNotEmpty()
                .allSatisfy(digest -> assertThat(digest.getText()).as("the whole SHA-256").matches("[0-9a-f]{64}"));
        snapshot("contest-receipt");
        assertFitsThePhone();

        driver.get(ideaUrl);
        WebElement titleInput = waitFor("vaadin-text-field input");
        titleInput.sendKeys(Keys.END, " (bản 2)");
        click("#submit-idea");
        waitForPathContaining("/receipt/" + code);
        assertThat(waitFor(".receipt").getText()).contains("(bản 2)").contains("Lần nộp: 2");

        driver.get(ideaUrl);
        click("#withdraw-idea");
        WebElement confirm = patiently(10).until(d -> (WebElement) driver.executeScript(
                "return document.querySelector('vaadin-confirm-dialog-overlay [slot=confirm-button]')"
                        + " || document.querySelector('[slot=confirm-button]');"));
        confirm.click();
        patiently(30).until(d -> d.findElement(By.cssSelector(".submission-header"))
                .getText().contains("Đã rút"));
        assertThat(driver.findElements(By.id("submit-idea"))).isEmpty();

        open("contests");
        WebElement again = patiently(30).until(d -> d.findElements(
                By.cssSelector(".contest-card")).stream().filter(c -> c.getText().contains(title)).findFirst()
                .orElse(null));
        clickInside(again, ".start-idea");
        patiently(30).until(d -> d.getCurrentUrl().contains("/contests/submissions/")
                && !d.getCurrentUrl().equals(ideaUrl));
        String lateUrl = driver.getCurrentUrl();
        write("Sổ tay điện tử cho tổ hợp tác dệt thổ cẩm");
        patiently(30)
                .until(d -> d.findElement(By.cssSelector(".save-state")).getText().startsWith("Đã lưu nháp"));

        clock.advance(Duration.ofDays(15));
        click("#submit-idea");
        WebElement notice = patiently(30).until(d -> d.findElements(
                By.cssSelector("vaadin-notification-card")).stream().filter(n -> n.getText().contains("hết hạn"))
                .findFirst().orElse(null));
        assertThat(notice.getText()).contains("Bản nháp của bạn vẫn được giữ nguyên");
        snapshot("contest-late");
        driver.get(lateUrl);
        assertThat(waitFor("vaadin-text-field input").getDomProperty("value"))
                .isEqualTo("Sổ tay điện tử cho tổ hợp tác dệt thổ cẩm");
        assertThat(waitFor(".submission-header").getText()).contains("Bản nháp");

        driver.manage().deleteAllCookies();
        logIn(organiser, "learner");
        driver.get(editorUrl + "/submissions");
        WebElement grid = waitFor("#submission-grid");
        patiently(30).until(d -> grid.getText().contains("(bản 2)"));
        assertThat(grid.getText()).contains("Sổ tay điện tử cho tổ hợp tác dệt thổ cẩm").contains("Đã rút")
                .contains("Bản nháp").contains("Sùng A Dự");
        assertThat(waitFor("#submission-count").getText()).contains("2");
        snapshot("contest-organiser-list");
    }

    /** Creates the contest through the organiser's screens; returns the editor's address. */
    private String setUpContestInTheBrowser(AccountSummary organiser, String title) {
        logIn(organiser, "learner");
        open("organiser/contests");
        click("#create-contest");
        type("#new-contest-title", title);
        click("#save-new-contest");
        patiently(30).until(d -> d.getCurrentUrl().matches(".*/organiser/contests/\\d+$"));
        String editorUrl = driver.getCurrentUrl();
        WebElement rules = waitFor("#contest-rules textarea");
        rules.sendKeys("## Thể lệ\n\nMỗi người tối đa 2 ý tưởng.");
        click("#save-contest");
        type("#new-category", "Lao động");
        click("#add-category");
        patiently(30)
                .until(d -> d.findElement(By.id("contest-categories")).getText().contains("Lao động"));
        click("#add-round");
        type("#round-name", "Vòng sơ khảo");
        snapshot("contest-round-dialog");
        assertEveryComponentLoaded();
        click("#save-round");
        patiently(30)
                .until(d -> d.findElement(By.id("contest-rounds")).getText().contains("Vòng sơ khảo"));
        snapshot("contest-editor-round");
        click("#publish-contest");
        patiently(30)
                .until(d -> d.findElement(By.id("contest-state")).getText().contains("Đã công bố"));
        snapshot("contest-editor");
        assertFitsThePhone();
        return editorUrl;
    }

    private void logIn(AccountSummary account, String home) {
        open("login");
        logInWith(account.contact(), TestAccounts.PASSWORD);
        waitForPath(home);
    }

    /** Types the idea's text fields one by one; the draft saves itself a second after typing stops. */
    private void write(String ideaTitle) {
        waitFor("vaadin-text-field input").sendKeys(ideaTitle);
        click("vaadin-select");
        WebElement item = patiently(10).until(d -> d.findElements(
                By.cssSelector("vaadin-select-item")).stream().filter(i -> i.getText().equals("Lao động")).findFirst()
                .orElse(null));
        // The list opens where the select sits; on a phone its last items may start below the fold.
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
        patiently(10).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            item.click();
            return true;
        });
        List<WebElement> areas = driver.findElements(By.cssSelector("vaadin-text-area textarea"));
        String[] texts = {"Kết nối người trồng với người mua qua điện thoại.", "Nông sản khó bán, bị ép giá.",
                "Trang bán hàng chung của bản, thanh toán bằng mã QR.", "Thu nhập tăng.", "Chi phí thấp."};
        for (int i = 0; i < texts.length && i < areas.size(); i++) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", areas.get(i));
            areas.get(i).sendKeys(texts[i]);
        }
    }

    private void clickInside(WebElement parent, String css) {
        WebElement element = parent.findElement(By.cssSelector(css));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void waitForPathContaining(String part) {
        patiently(30).until(d -> d.getCurrentUrl().contains(part));
    }
}
