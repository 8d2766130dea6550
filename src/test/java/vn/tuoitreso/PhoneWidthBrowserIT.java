package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;

/** Every page a person with every role opens fits a 360 px phone: nothing scrolls sideways. */
class PhoneWidthBrowserIT extends BrowserTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Catalogue catalogue;

    @Test
    void the_pages_of_every_role_fit_a_360_px_phone() {
        AccountSummary everyone = new TestAccounts(accounts, units).create("Hoàng Thị Lan Anh",
                Role.JUDGE, Role.ORGANISER, Role.ADMIN);
        long courseId = SystemTasks.runAsSystem(() -> catalogue.course("dinh-danh-dien-tu-vneid").orElseThrow().id());

        open("login");
        logInWith("khong-co@tuoitreso.vn", "SaiMatKhau2026");
        patiently(30).until(d -> d.getCurrentUrl().contains("error"));
        waitFor("#login-error");
        snapshot("phone-login-error");
        assertFitsThePhone();

        open("login");
        logInWith(everyone.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");

        java.util.Map<String, List<String>> tooWide = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> missing = new java.util.LinkedHashMap<>();
        for (String path : List.of("learner", "courses", "courses/dinh-danh-dien-tu-vneid", "certificates", "profile",
                "contests", "organiser/courses", "organiser/courses/" + courseId,
                "organiser/courses/" + courseId + "/quizzes", "organiser/certificates", "organiser/contests",
                "admin/accounts", "admin/units", "admin/seed")) {
            open(path);
            waitFor("vaadin-app-layout h2, vaadin-app-layout h1");
            patiently(30).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()));")));
            snapshot("phone-" + path.replace('/', '_'));
            List<String> wider = partsWiderThanThePhone();
            if (!wider.isEmpty()) {
                tooWide.put(path, wider.stream().distinct().limit(6).toList());
            }
            List<String> unknown = unknownComponents();
            if (!unknown.isEmpty()) {
                missing.put(path, unknown);
            }
        }
        assertThat(tooWide).as("pages wider than a 360 px phone").isEmpty();
        assertThat(missing).as("components missing from the bundle").isEmpty();
        assertThat(driver.findElement(By.cssSelector("vaadin-avatar")).getDomProperty("abbr")).hasSizeLessThanOrEqualTo(2);
    }
}
