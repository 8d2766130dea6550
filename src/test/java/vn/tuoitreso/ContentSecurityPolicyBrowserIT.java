package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Every main view works under the platform's Content-Security-Policy: Chromium records each violation the
 * policy causes (a listener installed before any page script runs), and none may occur.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    private static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
            + " document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + " e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Catalogue catalogue;

    @Test
    void every_main_view_runs_under_the_policy_without_a_violation() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        AccountSummary everyone = new TestAccounts(accounts, units).create("Lương Thị Thu",
                Role.JUDGE, Role.ORGANISER, Role.ADMIN);
        long courseId = SystemTasks.runAsSystem(() -> catalogue.course("dinh-danh-dien-tu-vneid").orElseThrow().id());
        Map<String, List<String>> violations = new LinkedHashMap<>();

        for (String path : List.of("register", "verify/KHONGCO")) {
            open(path);
            waitFor("h1, h2");
            settle();
            record(violations, path);
        }
        open("login");
        logInWith("khong-co@tuoitreso.vn", "SaiMatKhau2026");
        patiently(30).until(d -> d.getCurrentUrl().contains("error"));
        waitFor("#login-error");
        record(violations, "login?error");

        open("login");
        logInWith(everyone.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");
        record(violations, "learner after log-in");

        for (String path : List.of("learner", "courses", "courses/dinh-danh-dien-tu-vneid", "certificates", "profile",
                "contests", "judge", "organiser", "admin", "organiser/courses", "organiser/courses/" + courseId,
                "organiser/courses/" + courseId + "/quizzes", "organiser/certificates", "organiser/contests",
                "admin/accounts", "admin/units", "admin/seed", "no-such-page")) {
            open(path);
            waitFor("vaadin-app-layout, h1, h2");
            settle();
            snapshot("csp-" + path.replace('/', '_'));
            record(violations, path);
        }

        open("courses/dinh-danh-dien-tu-vneid");
        click("#enrol");
        patiently(30).until(d -> d.getCurrentUrl().contains("/courses/dinh-danh-dien-tu-vneid/"));
        waitFor(".lesson-body h2");
        click("#mark-done");
        patiently(30).until(d -> waitFor("#mark-done").getText().endsWith("✓"));
        settle();
        record(violations, "a lesson, marked done");

        assertThat(violations).as("Content-Security-Policy violations per page").isEmpty();
    }

    private void settle() {
        patiently(30).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive());")));
    }

    private void record(Map<String, List<String>> violations, String page) {
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) driver.executeScript("return window.__cspViolations || ['no listener'];");
        if (!seen.isEmpty()) {
            violations.put(page, seen.stream().distinct().toList());
        }
    }
}
