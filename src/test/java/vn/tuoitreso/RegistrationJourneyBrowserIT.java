package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;

/** A young person registers on a phone-sized screen, logs in and sees the learner's home page. */
class RegistrationJourneyBrowserIT extends BrowserTest {

    @Test
    void a_visitor_registers_logs_in_and_sees_the_home_page() {
        String email = TestAccounts.uniqueEmail("trinh.duyet");
        open("login");
        assertThat(waitFor("#register-link").getText()).isEqualTo("Chưa có tài khoản? Đăng ký ngay");
        assertThat(driver.executeScript("return document.documentElement.lang;")).isEqualTo("vi");
        click("#language");
        patiently(30).until(d -> d.findElement(By.id("register-link")).getText().equals("No account yet? Register now"));
        assertThat(driver.executeScript("return document.documentElement.lang;")).isEqualTo("en");
        click("#language");
        patiently(30).until(d -> d.findElement(By.id("register-link")).getText().equals("Chưa có tài khoản? Đăng ký ngay"));
        assertThat(driver.executeScript("return document.documentElement.lang;")).isEqualTo("vi");

        open("register");
        patiently(10).until(d -> "vi".equals(driver.executeScript("return document.documentElement.lang;")));
        click("#language-en");
        patiently(30).until(d -> d.findElement(By.tagName("h1")).getText().equals("Register"));
        patiently(10).until(d -> "en".equals(driver.executeScript("return document.documentElement.lang;")));
        assertThat(driver.executeScript("return window.Vaadin.connectionIndicator.reconnectingText;"))
                .isEqualTo("Reconnecting…");
        click("#language-vi");
        patiently(30).until(d -> d.findElement(By.tagName("h1")).getText().equals("Đăng ký tài khoản"));
        patiently(10).until(d -> "vi".equals(driver.executeScript("return document.documentElement.lang;")));
        assertThat(driver.executeScript("return window.Vaadin.connectionIndicator.reconnectingText;"))
                .isEqualTo("Đang kết nối lại…");
        open("register");
        assertThat(waitFor("h1").getText()).isEqualTo("Đăng ký tài khoản");
        type("#fullName", "Chẻo Thị Mây");
        type("#contact", email);
        type("#password", "SuoiTrong2026x");
        type("#passwordAgain", "SuoiTrong2026x");
        type("#birthYear", "2007");
        type("#unit", "thuc phan");
        waitFor("vaadin-combo-box-item");
        driver.findElement(By.cssSelector("#unit input")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        click("#register");

        waitForPath("login");
        assertThat(waitFor(".login-notice").getText()).isEqualTo("Đăng ký thành công! Mời bạn đăng nhập.");
        String filledIn = patiently(10).until(d -> (String) driver.executeScript(
                "const f = document.querySelector('#username'); return f && f.value ? f.value : null;"));
        assertThat(filledIn).as("the contact just registered is filled in").isEqualTo(email);
        assertThat(driver.getCurrentUrl()).doesNotContain(email.substring(0, email.indexOf('@')));
        fillIn("#password", "SuoiTrong2026x");
        driver.findElement(By.id("password")).sendKeys(Keys.ENTER);

        waitForPath("learner");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("h2")).stream()
                        .anyMatch(h -> h.getText().equals("Xin chào, Chẻo Thị Mây!")));
        assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item")))
                .extracting(e -> e.getDomProperty("textContent").strip()).contains("Trang học tập", "Hồ sơ cá nhân")
                .doesNotContain("Tài khoản");
    }
}
