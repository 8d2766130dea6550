package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Registration;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestMailServer;

/**
 * A forgotten password on a phone-sized screen: by the e-mailed link (read from a real SMTP server), and by a
 * code that an organiser makes on their own screen and hands over.
 */
class RecoveryJourneyBrowserIT extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Test
    void a_learner_who_forgot_the_password_gets_a_link_by_mail_and_logs_in_with_a_new_one() throws Exception {
        AccountSummary learner = new TestAccounts(accounts, units).create("Hứa Thị Nhớ");
        driver.manage().deleteAllCookies();
        open("login");
        click("#forgot-password-link");
        waitForPath("forgot-password");
        type("#recovery-contact", learner.contact());
        click("#send-link");
        assertThat(waitFor("#link-sent").getText()).startsWith("Nếu địa chỉ này thuộc một tài khoản");
        assertFitsThePhone();
        snapshot("recovery-1-link-sent");

        String link = TestMailServer.link(TestMailServer.awaitMessage(learner.contact(), TestMailServer.RESET, 1), "http://");
        driver.get(link);
        waitFor("#new-password");
        patiently(10).until(d -> !String.valueOf(d.getCurrentUrl()).contains("token"));
        assertThat(driver.getCurrentUrl()).as("the secret leaves the address bar").endsWith("/reset-password");
        type("#new-password", "SongBang2027abc");
        type("#new-password-again", "SongBang2027abc");
        assertFitsThePhone();
        click("#set-password");

        waitForPath("login");
        assertThat(waitFor(".login-notice").getText()).isEqualTo("Đã đặt mật khẩu mới. Mời bạn đăng nhập.");
        logIn(learner.contact(), "SongBang2027abc");
        waitForPath("learner");

        driver.manage().deleteAllCookies();
        driver.get(link);
        assertThat(waitFor("#link-expired").getText()).contains("đã được dùng hoặc đã hết hạn");
    }

    @Test
    void an_organiser_makes_a_code_for_a_phone_account_and_its_holder_sets_a_new_password() {
        String phone = String.format("097%07d", System.nanoTime() % 10_000_000L);
        TestAccounts testAccounts = new TestAccounts(accounts, units);
        accounts.register(new Registration("Nình Văn Số", phone, TestAccounts.PASSWORD, 2009, testAccounts.anyUnitId()));
        AccountSummary organiser = testAccounts.create("Cán Bộ Trao Mã", Role.ORGANISER);

        driver.manage().deleteAllCookies();
        open("login");
        logIn(organiser.contact(), TestAccounts.PASSWORD);
        patiently(30).until(d -> !String.valueOf(d.getCurrentUrl()).contains("/login"));
        open("recovery-codes");
        type("#code-contact", phone);
        click("#issue-code");
        String code = patiently(30).until(d -> {
            String text = d.findElement(By.id("issued-code")).getText();
            return text.isBlank() ? null : text;
        });
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(waitFor("#code-hand-over").getText()).contains("Nình Văn Số");
        assertFitsThePhone();
        snapshot("recovery-2-code-issued");

        driver.manage().deleteAllCookies();
        open("forgot-password");
        click("#have-code-link");
        waitForPath("reset-password");
        type("#reset-contact", phone);
        type("#reset-code", code);
        type("#new-password", "DaoCao2027xyz");
        type("#new-password-again", "DaoCao2027xyz");
        assertFitsThePhone();
        click("#set-password");
        waitForPath("login");
        logIn(phone, "DaoCao2027xyz");
        waitForPath("learner");
    }

    private void logIn(String username, String password) {
        logInWith(username, password);
    }
}
