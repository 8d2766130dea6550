package vn.tuoitreso.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tuoitreso.contest.AttachmentSummary;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.ExtractionAwait;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.documents.HostileCorpus;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/** The idea page on the server side: autosave, team members, why a document could not be read, who may edit. */
class SubmissionViewIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Attachments attachments;
    @Autowired TestClock clock;
    @TempDir Path dir;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void typing_saves_the_draft_team_members_are_added_and_a_failed_document_says_why() throws Exception {
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Lò Văn Tổ Chức", Role.ORGANISER);
        AccountSummary contestant = people.create("Tòng Thị Ý Tưởng");
        AccountSummary friend = people.create("Quàng Văn Bạn");
        login(organiser.contact());
        ContestSummary contest = contests.create(new ContestDraft("Cuộc thi trang ý tưởng " + System.nanoTime(), "",
                null, null, 3, 5, 20, 50), Set.of());
        contests.addRound(contest.id(), new RoundDraft("Vòng 1", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(3)), null, null));
        contests.publish(contest.id(), true);

        login(contestant.contact());
        SubmissionSummary draft = submissions.start(contests.get(contest.id()).rounds().get(0).id());
        AttachmentSummary locked = attachments.attach(draft.id(), "mat-khau.pdf",
                HostileCorpus.encryptedPdf(dir.resolve("locked.pdf")));
        ExtractionAwait.untilRead(() -> attachments.of(draft.id()));

        UI.getCurrent().navigate("contests/submissions/" + draft.id());
        SubmissionView view = $(SubmissionView.class).single();
        view.title.setValue("Nhật ký số cho tổ trồng rau an toàn");
        assertThat(submissions.get(draft.id()).idea().title()).isEqualTo("Nhật ký số cho tổ trồng rau an toàn");
        assertThat(view.saveState.getText()).startsWith("Đã lưu nháp lúc");

        $(TextField.class).withLabel("Thêm người có tài khoản (email hoặc số điện thoại)").single()
                .setValue(friend.contact());
        click($(Button.class).id("add-team-account"));
        $(TextField.class).withLabel("Thêm người chưa có tài khoản (họ và tên)").single().setValue("Lò Thị Na");
        click($(Button.class).id("add-team-name"));
        assertThat(submissions.get(draft.id()).idea().team()).extracting(TeamMember::fullName)
                .containsExactly("Quàng Văn Bạn", "Lò Thị Na");

        String files = view.files.getElement().getTextRecursively();
        assertThat(files).contains("mat-khau.pdf", "Không đọc được", "Tài liệu được bảo vệ bằng mật khẩu.");
        assertThat(locked.fileName()).isEqualTo("mat-khau.pdf");

        login(friend.contact());
        UI.getCurrent().navigate("contests/submissions/" + draft.id());
        SubmissionView asTeamMember = $(SubmissionView.class).single();
        assertThat(asTeamMember.title.isReadOnly()).as("team members read, only the owner edits").isTrue();
        assertThat(asTeamMember.title.getValue()).isEqualTo("Nhật ký số cho tổ trồng rau an toàn");
        clearNotifications();
        SecurityContextHolder.clearContext();
    }
}
