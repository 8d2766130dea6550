package vn.tuoitreso.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end journeys in Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver, against the platform's production build on a random port.
 */
@PlatformTest
public abstract class BrowserTest {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    protected static ChromeDriver driver;
    private static ChromeDriverService service;
    private static Path profile;

    @LocalServerPort
    protected int port;

    private ServerErrors serverErrors;

    @BeforeEach
    void watchTheServerLog() {
        serverErrors = ServerErrors.watch();
    }

    @AfterEach
    void theServerLoggedNoError() {
        assertThat(serverErrors.errors()).as("errors the server logged during the journey").isEmpty();
    }

    /** Nothing on the page is wider than the phone's screen, so no sideways scrolling is needed. */
    protected void assertFitsThePhone() {
        assertThat(partsWiderThanThePhone()).as("parts of " + driver.getCurrentUrl() + " wider than the phone").isEmpty();
        assertEveryComponentLoaded();
    }

    /** Every Vaadin component on the page is in the bundle (one missing shows as an empty, unknown element). */
    protected void assertEveryComponentLoaded() {
        assertThat(unknownComponents()).as("components of " + driver.getCurrentUrl() + " missing from the bundle").isEmpty();
    }

    /** The tags of the page's {@code vaadin-*} elements that the browser does not know. */
    protected java.util.List<String> unknownComponents() {
        @SuppressWarnings("unchecked")
        java.util.List<String> unknown = (java.util.List<String>) driver.executeScript(
                "return [...new Set(Array.from(document.querySelectorAll('*')).map(e => e.localName)"
                // "-content" elements are plain light-DOM wrappers inside a component (grid cells, dialog body).
                + ".filter(t => t.startsWith('vaadin-') && !t.endsWith('-content') && !customElements.get(t)))];");
        return unknown;
    }

    /** What sticks out of the screen's width on the page shown now (empty when it fits). */
    protected java.util.List<String> partsWiderThanThePhone() {
        @SuppressWarnings("unchecked")
        java.util.List<String> wider = (java.util.List<String>) driver.executeScript(
                "const w = document.documentElement.clientWidth;"
                + " const parts = Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().right > w + 1)"
                + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));"
                + " if (document.documentElement.scrollWidth > w) parts.push('the page scrolls sideways');"
                + " return parts;");
        return wider;
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("tuoitreso-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=360,800", "--lang=vi",
                "--user-data-dir=" + profile.toAbsolutePath());
        // A phone set to Vietnamese: headless Chromium asks for English (Accept-Language) whatever --lang says.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi,en"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // Headless windows are at least 500 px wide: emulate the phone's 360 px viewport itself.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 360, "height", 760,
                "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    /** A wait that looks again when the page re-rendered the element it was reading. */
    protected WebDriverWait patiently(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
    }

    protected WebElement waitFor(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    protected void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl() != null && d.getCurrentUrl().split("\\?")[0].endsWith("/" + path));
    }

    /**
     * Scrolls the element to the middle of the screen, as a person would, and taps it; looks again when
     * the page re-rendered it meanwhile.
     */
    protected void click(String cssSelector) {
        patiently(30).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            WebElement element = d.findElement(By.cssSelector(cssSelector));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** With {@code -Dscreenshots=true}, keeps what the screen shows in {@code target/screenshots/<name>.png}. */
    protected void snapshot(String name) {
        if (!Boolean.getBoolean("screenshots")) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Fills in the plain log-in form shown now and sends it. */
    protected void logInWith(String contact, String password) {
        fillIn("#username", contact);
        fillIn("#password", password);
        driver.findElement(By.id("password")).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** Types into a plain HTML field, as on the public pages (not a Vaadin field). */
    protected void fillIn(String fieldCss, String text) {
        WebElement input = waitFor(fieldCss);
        input.clear();
        input.sendKeys(text);
    }

    protected void type(String fieldCss, String text) {
        WebElement input = waitFor(fieldCss + " input");
        input.clear();
        input.sendKeys(text);
    }
}
