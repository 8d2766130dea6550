package vn.tuoitreso.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.Invitations;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/** The invitee's side: the home page leads to the invitations, which are accepted or declined there. */
class InvitationsViewIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Invitations invitations;
    @Autowired TestClock clock;

    @AfterEach
    void logout() {
        clearNotifications();
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_invitee_finds_the_invitation_from_the_home_page_and_accepts_it_and_is_then_named_in_the_team() {
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Hoàng Tổ Chức", Role.ORGANISER);
        AccountSummary contestant = people.create("Nông Thị Sáng");
        AccountSummary friend = people.create("Bế Văn Hợp");
        login(organiser.contact());
        ContestSummary contest = contests.create(new ContestDraft("Cuộc thi lời mời " + System.nanoTime(), "",
                null, null, 3, 5, 20, 50), Set.of());
        long round = contests.addRound(contest.id(), new RoundDraft("Vòng 1", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(3)), null, null)).rounds().get(0).id();
        contests.publish(contest.id(), true);
        login(contestant.contact());
        SubmissionSummary draft = submissions.start(round);
        submissions.save(draft.id(), new IdeaDraft("Sổ tay số của thôn", "", "", "", "", "", null,
                List.<TeamMember>of()), draft.version());
        invitations.invite(draft.id(), friend.contact());

        login(friend.contact());
        UI.getCurrent().navigate("learner");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("invitations");
        UI.getCurrent().navigate("invitations");
        InvitationsView view = $(InvitationsView.class).single();
        assertThat(view.list.getElement().getTextRecursively())
                .contains("Nông Thị Sáng mời bạn vào nhóm của ý tưởng “Sổ tay số của thôn”");
        click($(Button.class).withText("Đồng ý").single());
        assertThat(view.list.getElement().getTextRecursively()).contains("Hiện bạn không có lời mời nào.");
        assertThat(submissions.get(draft.id()).idea().team()).extracting(TeamMember::fullName)
                .containsExactly("Bế Văn Hợp");
    }
}
