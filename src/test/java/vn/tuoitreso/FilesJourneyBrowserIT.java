package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.documents.HostileCorpus;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/**
 * A contestant on a phone attaches files the browser refuses — too big, of a type not accepted — and sees each in
 * place with its name and why, with no tick left on it; a PDF cut short is said to be read only in part. (Files the
 * server refuses are shown the same way: {@code SubmissionViewIT}.)
 */
class FilesJourneyBrowserIT extends BrowserTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired Contests contests;
    @Autowired TestClock clock;
    @TempDir Path dir;

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
    void refused_files_are_shown_as_refused_with_their_name_and_reason_and_a_cut_pdf_as_read_in_part()
            throws Exception {
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Lục Văn Tệp", Role.ORGANISER);
        AccountSummary contestant = people.create("Bế Thị Tải");
        TestAccounts.login(users, organiser);
        String title = "Cuộc thi tệp đính kèm " + System.nanoTime();
        ContestSummary contest = contests.create(new ContestDraft(title, "", null, null, 5, 5, 1, 50), Set.of());
        contests.addCategory(contest.id(), "Học tập");
        contests.addRound(contest.id(), new RoundDraft("Vòng một", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(7)), null, null));
        contests.publish(contest.id(), true);
        SecurityContextHolder.clearContext();

        logIn(contestant);
        open("contests");
        WebElement card = patiently(30).until(d -> d.findElements(By.cssSelector(".contest-card")).stream()
                .filter(c -> c.getText().contains(title)).findFirst().orElse(null));
        WebElement start = card.findElement(By.cssSelector(".start-idea"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();
        patiently(30).until(d -> d.getCurrentUrl().contains("/contests/submissions/"));

        driver.executeScript("window.__events = []; for (const t of ['file-reject', 'upload-start', 'upload-success'])"
                + " document.querySelector('#attachment-upload').addEventListener(t, e => window.__events.push(t"
                + " + ':' + (e.detail.error || '') + ':' + e.detail.file.name));");
        Path big = Files.write(dir.resolve("ban-ve-lon.pdf"), new byte[3 * 1024 * 1024]);
        attach(big);
        assertRefused("ban-ve-lon.pdf", "Tệp quá lớn: 3 MB; tối đa 1 MB mỗi tệp.");
        attach(Files.writeString(dir.resolve("cai-dat.exe"), "MZ"));
        assertRefused("cai-dat.exe", "Các loại được chấp nhận: pdf, docx");
        patiently(30).withMessage("no file left in Vaadin's list with a tick").until(d -> ((Number) driver.executeScript(
                "return document.querySelector('#attachment-upload').files.length;")).intValue() == 0);
        assertThat(driver.findElement(By.cssSelector(".attachment-list")).getText())
                .contains("Chưa có tài liệu nào.");
        assertThat(driver.findElements(By.cssSelector("vaadin-notification-card")))
                .as("refusals are told in place, not over the form").noneMatch(n -> n.getText().contains("ban-ve"));
        snapshot("files-refused");
        assertFitsThePhone();

        attach(HostileCorpus.cutPdf(dir.resolve("tai-do-dang.pdf"), 5, 3));
        patiently(90).until(d -> d.findElements(By.cssSelector(".attachment")).stream()
                .anyMatch(a -> a.getText().contains("tai-do-dang.pdf") && a.getText().contains("Đã đọc một phần")));
        assertThat(driver.findElement(By.cssSelector(".attachment")).getText())
                .contains("chỉ đọc được phần nội dung còn lại");
        assertThat(driver.findElements(By.cssSelector(".attachment-refused"))).hasSize(2);
        snapshot("files-partly-read");
        assertFitsThePhone();
    }

    private void attach(Path file) {
        WebElement input = (WebElement) driver.executeScript(
                "return document.querySelector('#attachment-upload').shadowRoot?.querySelector('input[type=file]')"
                        + " || document.querySelector('#attachment-upload input[type=file]');");
        input.sendKeys(file.toAbsolutePath().toString());
        // the next file is chosen anew, as a person does, not added to this one
        driver.executeScript("arguments[0].value = '';", input);
    }

    private void assertRefused(String fileName, String reason) {
        WebElement line = patiently(30).withMessage(() -> "events in the browser: "
                + driver.executeScript("return window.__events;") + ", refusals shown: "
                + driver.findElements(By.cssSelector(".attachment-refusals")).stream().map(WebElement::getText).toList())
                .until(d -> d.findElements(By.cssSelector(".attachment-refused")).stream()
                .filter(l -> l.getText().contains(fileName)).findFirst().orElse(null));
        assertThat(line.getText()).contains(reason);
    }

    private void logIn(AccountSummary account) {
        open("login");
        logInWith(account.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");
    }
}
