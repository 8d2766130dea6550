package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.reporting.ReportingFixture;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;

/** An organiser reads the dashboard and the emulation table on a 360 px phone: charts shown, nothing sideways. */
class ReportsBrowserIT extends BrowserTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_reports_fit_a_phone_and_show_their_charts() {
        ReportingFixture f = new ReportingFixture(jdbc, units);
        long commune = f.unit(null, "Xã Điện Thoại");
        long member = f.member(commune, Instant.parse("2024-06-01T00:00:00Z"), true);
        long course = f.course("An toàn trên mạng");
        Instant now = Instant.now();
        f.enrolment(course, member, now.minusSeconds(86_400), now.minusSeconds(3_600));
        f.certificate(member, course, now.minusSeconds(3_600), null);
        AccountSummary organiser = new TestAccounts(accounts, units).create("Lý Thị Báo Cáo", Role.ORGANISER);

        open("login");
        logInWith(organiser.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");

        for (String path : List.of("organiser/reports", "organiser/reports/emulation")) {
            open(path);
            waitFor(".report-chart svg");
            snapshot("phone-" + path.replace('/', '_'));
            List<WebElement> charts = driver.findElements(By.cssSelector(".report-chart svg"));
            assertThat(charts).as(path + ": charts").isNotEmpty();
            for (WebElement chart : charts) {
                assertThat(chart.getRect().getWidth()).as(path + ": chart width").isBetween(100, 360);
                assertThat(chart.getRect().getHeight()).as(path + ": chart height").isPositive();
            }
            assertThat(partsWiderThanThePhone()).as(path + ": parts wider than the phone").isEmpty();
            assertFitsThePhone();
        }
    }
}
