package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.WebClient;

/** An open tab of a person whose account is disabled meanwhile: its next step lands on the login page. */
class SessionsBrowserIT extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Test
    void an_open_tab_is_logged_out_at_its_next_step_once_the_account_is_disabled() {
        AccountSummary person = new TestAccounts(accounts, units).create("Lăng Văn Tâm");
        driver.manage().deleteAllCookies();
        open("login");
        logInWith(person.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");
        open("profile");
        assertThat(waitFor("h2").getText()).isEqualTo("Hồ sơ cá nhân");

        SystemTasks.runAsSystem(() -> accounts.disable(person.id()));
        click("#save-profile");
        waitForPath("login");
        assertThat(waitFor("#register-link").isDisplayed()).isTrue();
        open("profile");
        waitForPath("login");
    }

    @Test
    void a_password_changed_in_the_browser_keeps_that_tab_and_ends_the_other_session() throws Exception {
        AccountSummary person = new TestAccounts(accounts, units).create("Lộc Thị Đổi");
        WebClient otherDevice = new WebClient(port);
        otherDevice.login(person.contact(), TestAccounts.PASSWORD);
        assertThat(otherDevice.get("/learner").statusCode()).isEqualTo(200);
        driver.manage().deleteAllCookies();
        open("login");
        logInWith(person.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");
        open("profile");
        type("#profile-current-password", TestAccounts.PASSWORD);
        type("#profile-new-password", "DoiMatKhau2027abc");
        type("#profile-new-password-again", "DoiMatKhau2027abc");
        click("#change-password");
        patiently(30).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("Đã lưu")));

        var response = otherDevice.get("/learner");
        assertThat(response.statusCode()).as("the other device is logged out").isEqualTo(302);
        assertThat(WebClient.location(response)).contains("/login");
        click("#save-profile");
        open("profile");
        assertThat(waitFor("h2").getText()).as("this tab stays logged in").isEqualTo("Hồ sơ cá nhân");
        assertThat(driver.getCurrentUrl()).endsWith("/profile");
    }
}
