package vn.tuoitreso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/**
 * Team membership by invitation on a phone-sized screen: a contestant invites a registered friend and a contact
 * nobody registered and is told the same thing about both; the friend finds the invitation from their home page
 * and accepts; only then is the friend named in the team, while the other contact stays an unnamed invitation.
 */
class InvitationJourneyBrowserIT extends BrowserTest {

    private static final String SENT = "Đã gửi lời mời. Nếu email/số điện thoại này có tài khoản, người đó sẽ thấy"
            + " lời mời khi đăng nhập.";

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_contestant_invites_by_contact_learns_nothing_and_only_the_friend_who_accepted_is_named() {
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Hoàng Ban Tổ Chức", Role.ORGANISER);
        AccountSummary contestant = people.create("Nông Thị Mời");
        AccountSummary friend = people.create("Bế Văn Nhận");
        String stranger = TestAccounts.uniqueEmail("khongaico");
        String ideaTitle = "Sổ tay số của thôn " + System.nanoTime();
        long ideaId = draftIdea(organiser, contestant, ideaTitle);

        driver.manage().deleteAllCookies();
        logIn(contestant.contact());
        open("contests/submissions/" + ideaId);
        String told = invite(friend.contact());
        assertThat(invite(stranger)).as("the same answer whether or not the contact has an account")
                .isEqualTo(told).isEqualTo(SENT);
        WebElement invited = waitFor("#team-invited");
        patiently(30).until(d -> invited.getText().contains(stranger) && invited.getText().contains(friend.contact()));
        assertThat(waitFor("#team-members").getText()).as("nobody is named before accepting")
                .contains("Không có thành viên khác").doesNotContain(friend.fullName());
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(friend.fullName());
        assertFitsThePhone();
        snapshot("invitation-1-sent");

        driver.manage().deleteAllCookies();
        logIn(friend.contact());
        click("a[href='invitations']");
        waitForPath("invitations");
        WebElement card = patiently(30).until(d -> d.findElements(By.cssSelector(".invitations-view .shortcut"))
                .stream().filter(c -> c.getText().contains(ideaTitle)).findFirst().orElse(null));
        assertThat(card.getText()).contains("Nông Thị Mời mời bạn vào nhóm của ý tưởng “" + ideaTitle + "”");
        assertFitsThePhone();
        snapshot("invitation-2-received");
        WebElement accept = card.findElement(By.cssSelector("vaadin-button[id^='accept-']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", accept);
        accept.click();
        patiently(30).until(d -> d.findElements(By.cssSelector(".invitations-view .shortcut")).stream()
                .noneMatch(c -> c.getText().contains(ideaTitle)));

        driver.manage().deleteAllCookies();
        logIn(contestant.contact());
        open("contests/submissions/" + ideaId);
        WebElement team = waitFor("#team-members");
        patiently(30).until(d -> team.getText().contains(friend.fullName()));
        assertThat(team.getText()).contains("có tài khoản");
        WebElement stillInvited = waitFor("#team-invited");
        assertThat(stillInvited.getText()).contains(stranger).contains("đang chờ trả lời")
                .doesNotContain(friend.contact());
        assertFitsThePhone();
        snapshot("invitation-3-accepted");
        SecurityContextHolder.clearContext();
        TestAccounts.login(users, contestant);
        assertThat(submissions.get(ideaId).idea().team()).extracting(TeamMember::fullName)
                .containsExactly(friend.fullName());
    }

    /** A published contest with an open round and the contestant's draft in it, made through the services. */
    private long draftIdea(AccountSummary organiser, AccountSummary contestant, String title) {
        TestAccounts.login(users, organiser);
        ContestSummary contest = contests.create(new ContestDraft("Cuộc thi lời mời " + System.nanoTime(), "Thể lệ",
                null, null, 3, 5, 20, 50), Set.of());
        long round = contests.addRound(contest.id(), new RoundDraft("Vòng 1", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(3)), null, null)).rounds().get(0).id();
        contests.publish(contest.id(), true);
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(round);
        submissions.save(draft.id(), new IdeaDraft(title, "", "", "", "", "", null, List.<TeamMember>of()),
                draft.version());
        SecurityContextHolder.clearContext();
        return draft.id();
    }

    /** Sends an invitation from the idea's team section; returns what the page then tells the contestant. */
    private String invite(String contact) {
        type("#invite-contact", contact);
        click("#add-team-account");
        WebElement notice = patiently(30).until(d -> d.findElements(By.cssSelector("vaadin-notification-card"))
                .stream().filter(n -> !n.getText().isBlank()).reduce((first, last) -> last).orElse(null));
        String text = notice.getText();
        assertThat(driver.findElement(By.id("invite-contact")).getDomAttribute("invalid")).as("no problem shown").isNull();
        driver.executeScript("document.querySelectorAll('vaadin-notification-card').forEach(n => n.remove());");
        return text;
    }

    private void logIn(String contact) {
        open("login");
        logInWith(contact, TestAccounts.PASSWORD);
        waitForPath("learner");
    }
}
