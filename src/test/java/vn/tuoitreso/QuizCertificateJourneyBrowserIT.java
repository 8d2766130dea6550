package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseOutline;
import vn.tuoitreso.learning.Enrolments;
import vn.tuoitreso.learning.LessonSummary;
import vn.tuoitreso.quiz.QuizSummary;
import vn.tuoitreso.quiz.Quizzes;
import vn.tuoitreso.quiz.gift.GiftParser;
import vn.tuoitreso.quiz.model.Choice;
import vn.tuoitreso.quiz.model.MultipleChoice;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.quiz.model.ShortAnswer;
import vn.tuoitreso.quiz.model.SingleChoice;
import vn.tuoitreso.quiz.model.TrueFalse;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;

/**
 * A learner finishes a seed course, takes its final quiz in the browser — whose page and traffic are
 * checked for any trace of the answer key — passes, downloads the certificate, and the public check
 * page says valid, then revoked once an organiser revokes it.
 */
class QuizCertificateJourneyBrowserIT extends BrowserTest {

    private static final String COURSE = "dich-vu-cong-truc-tuyen";

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired Catalogue catalogue;
    @Autowired Enrolments enrolments;
    @Autowired Quizzes quizzes;
    @Autowired Certificates certificates;

    @Test
    void a_learner_passes_the_final_quiz_gets_a_certificate_and_anyone_can_check_it() throws Exception {
        AccountSummary learner = new TestAccounts(accounts, units).create("Giàng A Páo");
        TestAccounts.login(users, learner);
        CourseOutline outline = catalogue.outline(COURSE).orElseThrow();
        for (LessonSummary lesson : outline.lessons()) {
            enrolments.complete(lesson.id());
        }
        QuizSummary quiz = quizzes.ofCourse(outline.course().id()).get(0);
        SecurityContextHolder.clearContext();
        List<Question> key = GiftParser.parse(Files.readString(Path.of("seed-content/courses/" + COURSE + "/quiz.gift")))
                .questions();

        open("login");
        logInWith(learner.contact(), TestAccounts.PASSWORD);
        waitForPath("learner");
        open("courses/" + COURSE + "/quiz/" + quiz.id());
        waitFor("#start-quiz");
        driver.executeScript("""
                window.__captured = [];
                const send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.send = function(body) {
                  this.addEventListener('load', () => window.__captured.push(this.responseText));
                  return send.call(this, body);
                };""");
        click("#start-quiz");
        waitFor("#question-0");

        String traffic = String.join("\n", (List<String>) driver.executeScript("return window.__captured;"));
        String dom = (String) driver.executeScript("return document.documentElement.outerHTML;");
        assertThat(key).as("a drawn question reached the browser").anyMatch(q -> traffic.contains(questionWords(q)));
        for (String secret : secrets(key)) {
            assertThat(traffic).as("traffic of a running quiz").doesNotContain(secret);
            assertThat(dom).as("page of a running quiz").doesNotContain(secret);
        }

        for (int slot = 0; slot < quiz.questionCount(); slot++) {
            answer(slot, key);
        }
        click("#submit-quiz");
        snapshot("quiz-submitted");
        WebElement verdict = waitFor("#quiz-verdict");
        assertThat(verdict.getText()).contains("ĐẠT").doesNotContain("CHƯA ĐẠT");
        assertThat(driver.findElements(By.cssSelector(".not-passed"))).as("no stale verdict above the new one").isEmpty();
        assertThat(waitFor("#back-to-course").getText()).isEqualTo("← Về khóa học");
        assertThat(driver.findElement(By.cssSelector(".quiz-result")).getText())
                .as("the review waits for the last attempt").contains("Đáp án sẽ được công bố sau.");
        assertThat(driver.findElements(By.cssSelector(".quiz-result .quiz-question")))
                .as("not even right or wrong per question before the last attempt").isEmpty();
        assertFitsThePhone();

        CertificateSummary certificate = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            TestAccounts.login(users, learner);
            List<CertificateSummary> mine = certificates.mine();
            SecurityContextHolder.clearContext();
            return mine.isEmpty() ? null : mine.get(0);
        });
        open("certificates");
        WebElement pdfLink = waitFor(".file-download");
        String href = pdfLink.getDomAttribute("href");
        Object status = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type')
                  + ' ' + new TextDecoder().decode(b.slice(0, 5))))).catch(e => done('error ' + e));""", href);
        assertThat(status.toString()).startsWith("200 application/pdf %PDF-");

        open("verify/" + certificate.code());
        assertThat(waitFor("h2").getText()).isEqualTo("✓ Giấy chứng nhận hợp lệ");
        SystemTasks.runAsSystem(() -> certificates.revoke(certificate.code(), "Thử thu hồi"));
        open("verify/" + certificate.code());
        assertThat(waitFor("h2").getText()).isEqualTo("✗ Giấy chứng nhận đã bị thu hồi");
    }

    /** Feedback texts: they reveal the key, so the browser must not have them before submission. */
    private static List<String> secrets(List<Question> key) {
        List<String> secrets = new ArrayList<>();
        for (Question q : key) {
            List<Choice> choices = q instanceof SingleChoice s ? s.choices() : q instanceof MultipleChoice m ? m.choices() : List.of();
            choices.stream().map(Choice::feedback).filter(f -> f != null && f.length() > 12).forEach(secrets::add);
            if (q.generalFeedback() != null && q.generalFeedback().length() > 12) {
                secrets.add(q.generalFeedback());
            }
        }
        assertThat(secrets).as("the seed quiz has feedback to look for").isNotEmpty();
        return secrets;
    }

    private static String questionWords(Question question) {
        String text = question.text();
        return text.substring(0, Math.min(20, text.length()));
    }

    private void answer(int slot, List<Question> key) {
        String box = "#question-" + slot;
        WebElement question = waitFor(box);
        String text = question.findElement(By.cssSelector(".question-text")).getText().strip();
        Question q = key.stream().filter(k -> text.startsWith(k.text().strip().substring(0, Math.min(15, k.text().strip().length()))))
                .findFirst().orElseThrow(() -> new AssertionError("unknown question: " + text));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", question);
        if (q instanceof SingleChoice s) {
            pick(question, "vaadin-radio-button", s.choices().get(s.correctIndex()).text());
        } else if (q instanceof MultipleChoice m) {
            for (Choice c : m.choices()) {
                if (c.fraction() > 0) {
                    pick(question, "vaadin-checkbox", c.text());
                }
            }
        } else if (q instanceof TrueFalse tf) {
            pick(question, "vaadin-radio-button", tf.correct() ? "Đúng" : "Sai");
        } else if (q instanceof ShortAnswer sa) {
            WebElement input = question.findElement(By.cssSelector("vaadin-text-field input"));
            input.sendKeys(sa.answers().get(0).text(), Keys.TAB);
        } else if (q instanceof vn.tuoitreso.quiz.model.Numerical n) {
            WebElement input = question.findElement(By.cssSelector("vaadin-text-field input"));
            var rule = n.answers().stream().filter(a -> a.fraction() >= 1).findFirst().orElseThrow().rule();
            String value = rule instanceof vn.tuoitreso.quiz.model.NumericRule.Exact e ? number(e.value())
                    : rule instanceof vn.tuoitreso.quiz.model.NumericRule.Tolerance t ? number(t.value())
                    : number(((vn.tuoitreso.quiz.model.NumericRule.Range) rule).min());
            input.sendKeys(value, Keys.TAB);
        } else if (q instanceof vn.tuoitreso.quiz.model.Matching mt) {
            List<WebElement> selects = question.findElements(By.cssSelector("vaadin-select"));
            for (int i = 0; i < selects.size(); i++) {
                String wanted = mt.pairs().get(i).answer();
                selects.get(i).click();
                WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("vaadin-select-item")).stream().filter(e -> e.isDisplayed()
                        && e.getText().strip().equals(wanted)).findFirst().orElse(null));
                item.click();
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private void pick(WebElement question, String tag, String label) {
        for (WebElement option : question.findElements(By.cssSelector(tag))) {
            if (option.getText().strip().equals(label.strip())) {
                option.findElement(By.cssSelector("input")).click();
                return;
            }
        }
        throw new AssertionError("no option '" + label + "' in " + question.getText());
    }
}
