package vn.tuoitreso.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.search.index.IndexMaintenance;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;

/** On a 360 px phone, an organiser searches without diacritics from the submission list and narrows by a facet. */
class SearchJourneyBrowserIT extends BrowserTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Contests contests;
    @Autowired UserDetailsService users;
    @Autowired SearchEngine engine;
    @Autowired IndexMaintenance maintenance;

    @Test
    void an_organiser_types_without_diacritics_sees_the_marked_passage_and_clicks_a_facet() {
        AccountSummary organiser = new TestAccounts(accounts, units).create("Lương Thị Tổ Chức", Role.ORGANISER);
        TestAccounts.login(users, organiser);
        ContestSummary contest = contests.create(new ContestDraft("Ý tưởng nông sản " + System.nanoTime(), "Thể lệ",
                null, null, 5, 5, 20, 50), Set.of());
        SecurityContextHolder.clearContext();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            IndexStatus.Rebuild rebuild = maintenance.status().rebuild();
            return rebuild == null || rebuild.finished();
        });
        Instant sent = Instant.parse("2026-11-02T03:00:00Z");
        long id = contest.id() * 1000;
        engine.upsert(new IndexedIdea(id, contest.id(), "Cuộc thi", 1, "Vòng sơ khảo", 1L, "Nông nghiệp", null, null,
                "SUBMITTED", sent, "Sàn thương mại điện tử cho nông sản Quảng Uyên", "Bán nông sản trên mạng.", "",
                "", List.of(), List.of(new IndexedIdea.AttachmentText("thuyet-minh.docx",
                        "Hợp tác xã thu mua hạt dẻ và miến dong của bà con, đóng gói có tem truy xuất."))));
        engine.upsert(new IndexedIdea(id + 1, contest.id(), "Cuộc thi", 1, "Vòng sơ khảo", 2L, "Du lịch", null, null,
                "SUBMITTED", sent, "Hạt dẻ rang làm quà du lịch", "Rang hạt dẻ đóng gói.", "", "", List.of(),
                List.of()));

        open("login");
        logInWith(organiser.contact(), TestAccounts.PASSWORD);
        patiently(30).until(d -> !d.getCurrentUrl().contains("login"));

        open("organiser/contests/" + contest.id() + "/submissions");
        type("#search-submissions", "hat de");
        driver.findElement(By.cssSelector("#search-submissions input")).sendKeys(Keys.ENTER);
        waitForPath("organiser/contests/" + contest.id() + "/search");
        patiently(30).until(d -> d.findElement(By.id("search-count")).getText().equals("Tìm thấy 2 bài"));
        waitFor("#search-results mark");
        String results = driver.findElement(By.id("search-results")).getText();
        assertThat(results).contains("Tệp thuyet-minh.docx").contains("thu mua hạt dẻ và miến dong");
        assertThat(driver.findElements(By.cssSelector("#search-results mark")))
                .extracting(e -> e.getText()).contains("hạt", "dẻ");
        snapshot("search-results-phone");
        assertFitsThePhone();

        click("#search-facets vaadin-button.facet-value:nth-of-type(2)");
        patiently(30).until(d -> d.findElement(By.id("search-count")).getText().equals("Tìm thấy 1 bài"));
        snapshot("search-facet-phone");
        assertFitsThePhone();
    }
}
