package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;

/** An open tab of a person whose account is disabled meanwhile: its next step lands on the login page. */
class SessionsBrowserIT extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Test
    void an_open_tab_is_logged_out_at_its_next_step_once_the_account_is_disabled() {
        AccountSummary person = new TestAccounts(accounts, units).create("Lăng Văn Tâm");
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
}
