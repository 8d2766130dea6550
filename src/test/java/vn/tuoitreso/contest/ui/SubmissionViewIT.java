package vn.tuoitreso.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.Receipt;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.documents.HostileCorpus;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.StaleNotice;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/**
 * The idea page on the server side: autosave, team members, why a document could not be read, who may edit,
 * sending a revision (text and files together), and a second tab that changed the draft meanwhile.
 */
class SubmissionViewIT extends BrowserlessViewTest {

    @Autowired
    vn.tuoitreso.contest.Invitations invitations;

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Attachments attachments;
    @Autowired TestClock clock;
    @TempDir Path dir;

    AccountSummary organiser;
    AccountSummary contestant;
    long round;

    @BeforeEach
    void publishAContest() {
        TestAccounts people = new TestAccounts(accounts, units);
        organiser = people.create("Lò Văn Tổ Chức", Role.ORGANISER);
        contestant = people.create("Tòng Thị Ý Tưởng");
        login(organiser.contact());
        // two ideas per contestant and round, so that one page can show either
        ContestSummary contest = contests.create(new ContestDraft("Cuộc thi trang ý tưởng " + System.nanoTime(), "",
                null, null, 3, 5, 20, 50).withIdeasPerRound(2), Set.of());
        round = contests.addRound(contest.id(), new RoundDraft("Vòng 1", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(3)), null, null)).rounds().get(0).id();
        contests.publish(contest.id(), true);
        login(contestant.contact());
    }

    @AfterEach
    void resetClock() {
        clearNotifications();
        clock.reset();
    }

    @Test
    void typing_saves_the_draft_team_members_are_added_and_a_failed_document_says_why() throws Exception {
        AccountSummary friend = new TestAccounts(accounts, units).create("Quàng Văn Bạn");
        login(contestant.contact());
        SubmissionSummary draft = submissions.start(round);
        AttachmentSummary locked = attachments.attach(draft.id(), "mat-khau.pdf",
                HostileCorpus.encryptedPdf(dir.resolve("locked.pdf")));
        ExtractionAwait.untilRead(() -> attachments.of(draft.id()));

        SubmissionView view = open(draft.id());
        test(view.form.title).setValue("Nhật ký số cho tổ trồng rau an toàn");
        assertThat(submissions.get(draft.id()).idea().title()).isEqualTo("Nhật ký số cho tổ trồng rau an toàn");
        assertThat(view.saveState.getText()).startsWith("Đã lưu nháp lúc");

        $(TextField.class).withLabel("Mời người có tài khoản (email hoặc số điện thoại)").single()
                .setValue(friend.contact());
        click($(Button.class).id("add-team-account"));
        assertThat(view.team.invited.getElement().getTextRecursively()).contains(friend.contact(), "đang chờ trả lời")
                .as("an invitation names nobody").doesNotContain("Quàng Văn Bạn");
        $(TextField.class).withLabel("Thêm người chưa có tài khoản (họ và tên)").single().setValue("Lò Thị Na");
        click($(Button.class).id("add-team-name"));
        assertThat(submissions.get(draft.id()).idea().team()).extracting(TeamMember::fullName)
                .containsExactly("Lò Thị Na");
        assertThat(view.team.addName.isDisableOnClick()).isTrue();
        assertThat(view.team.addName.isEnabled()).as("usable again once the server answered").isTrue();

        String files = view.files.list.getElement().getTextRecursively();
        assertThat(files).contains("mat-khau.pdf", "Không đọc được", "Tài liệu được bảo vệ bằng mật khẩu.");
        assertThat(locked.fileName()).isEqualTo("mat-khau.pdf");

        login(friend.contact());
        long invitation = invitations.mine().get(0).id();
        invitations.accept(invitation);
        SubmissionView asTeamMember = open(draft.id());
        assertThat(asTeamMember.team.list.getElement().getTextRecursively()).contains("Quàng Văn Bạn", "Lò Thị Na");
        assertThat(asTeamMember.form.title.isReadOnly()).as("team members read, only the owner edits").isTrue();
        assertThat(asTeamMember.form.title.getValue()).isEqualTo("Nhật ký số cho tổ trồng rau an toàn");
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_resubmission_the_checks_refuse_leaves_the_receipt_as_sent_and_keeps_what_was_typed_on_screen() {
        SubmissionSummary draft = submissions.start(round);
        SubmissionSummary sent = submissions.submit(draft.id(), idea("Sổ tay số cho hợp tác xã chè"), draft.version());
        Receipt receipt = submissions.receipt(sent.code());
        clock.advance(Duration.ofHours(1));

        SubmissionView view = open(draft.id());
        assertThat(view.submit.getText()).isEqualTo("Nộp bản cập nhật");
        assertThat(view.submit.isDisableOnClick()).isTrue();
        test(view.form.title).setValue("Sổ tay số, bản 2 chưa xong");
        test(view.form.summary).setValue("");
        assertThat(submissions.get(draft.id()).idea().title()).as("a submitted idea is not autosaved")
                .isEqualTo("Sổ tay số cho hợp tác xã chè");
        click(view.submit);

        assertThat(view.form.summary.isInvalid()).isTrue();
        assertThat(view.form.title.getValue()).isEqualTo("Sổ tay số, bản 2 chưa xong");
        assertThat(view.submit.isEnabled()).isTrue();
        assertThat(submissions.receipt(sent.code())).isEqualTo(receipt);
        assertThat(submissions.history(draft.id())).hasSize(1);

        test(view.form.summary).setValue("Ghi chép, tính công và bán chè qua điện thoại");
        click(view.submit);
        Receipt second = submissions.receipt(sent.code());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.title()).isEqualTo("Sổ tay số, bản 2 chưa xong");
        assertThat($(ReceiptView.class).single().getElement().getTextRecursively())
                .contains("Sổ tay số, bản 2 chưa xong", "Lần nộp: 2");
    }

    @Test
    void a_refused_file_is_shown_as_refused_in_place_with_its_name_and_why() throws Exception {
        SubmissionSummary draft = submissions.start(round);
        SubmissionView view = open(draft.id());
        clearNotifications();

        byte[] program = Files.readAllBytes(HostileCorpus.executable(dir.resolve("hoa-don.pdf")));
        test(view.files.upload).upload("hoa-don.pdf", "application/pdf", program);
        view.files.refusedInBrowser("ban-ve.pdf", 60L * 1024 * 1024, view.getTranslation("upload.tooBig"));
        view.files.refusedInBrowser("cai-dat.exe", 2, view.getTranslation("upload.wrongType"));

        assertThat(view.files.refusals.getChildren().map(line -> line.getElement().getTextRecursively()).toList())
                .containsExactly(
                        "hoa-don.pdfLoại tệp này không được chấp nhận. Các loại được chấp nhận: "
                                + "pdf, docx, doc, pptx, ppt, xlsx, odt, odp, txt, jpg, png.",
                        "ban-ve.pdfTệp quá lớn: 60 MB; tối đa 20 MB mỗi tệp.",
                        "cai-dat.exeLoại tệp này không được chấp nhận. Các loại được chấp nhận: "
                                + "pdf, docx, doc, pptx, ppt, xlsx, odt, odp, txt, jpg, png.");
        assertThat(notifications()).as("nothing piles up over the form").isEmpty();
        assertThat(view.files.list.getElement().getTextRecursively()).contains("Chưa có tài liệu nào.");

        byte[] pdf = Files.readAllBytes(HostileCorpus.pdf(dir.resolve("hoa-don-that.pdf"), "Hóa đơn"));
        test(view.files.upload).upload("hoa-don.pdf", "application/pdf", pdf);
        assertThat(view.files.list.getElement().getTextRecursively()).contains("hoa-don.pdf");
        assertThat(view.files.refusals.getChildren()).as("the file sent again is no longer refused").hasSize(2);
    }

    @Test
    void a_file_attached_after_submission_reaches_the_receipt_only_with_the_next_revision() throws Exception {
        SubmissionSummary draft = submissions.start(round);
        SubmissionSummary sent = submissions.submit(draft.id(), idea("Bản đồ số các điểm du lịch cộng đồng"),
                draft.version());
        Receipt receipt = submissions.receipt(sent.code());
        clock.advance(Duration.ofHours(1));

        SubmissionView view = open(draft.id());
        assertThat(view.files.nextRevision.isVisible()).isTrue();
        byte[] pdf = Files.readAllBytes(HostileCorpus.pdf(dir.resolve("ke-hoach.pdf"), "Kế hoạch triển khai"));
        test(view.files.upload).upload("ke-hoach.pdf", "application/pdf", pdf);
        assertThat(view.files.list.getElement().getTextRecursively()).contains("ke-hoach.pdf");

        assertThat(submissions.receipt(sent.code())).as("not on the receipt before it is sent").isEqualTo(receipt);
        login(organiser.contact());
        assertThat(attachments.of(draft.id())).as("organisers read what was sent").isEmpty();
        login(contestant.contact());

        click(view.submit);
        Receipt next = submissions.receipt(sent.code());
        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.attachments()).extracting(AttachmentSummary::fileName).containsExactly("ke-hoach.pdf");
        assertThat(next.sentAt()).isAfter(receipt.sentAt());
    }

    @Test
    void a_tab_typing_into_a_draft_another_tab_changed_is_told_in_vietnamese_and_reloads_the_latest() {
        SubmissionSummary draft = submissions.start(round);
        SubmissionView view = open(draft.id());

        submissions.save(draft.id(), idea("Ý tưởng từ tab kia"), draft.version());
        test(view.form.title).setValue("Ý tưởng từ tab này");

        StaleNotice notice = $(StaleNotice.class).withCondition(StaleNotice::isOpened).single();
        assertThat(notice.message.getText())
                .isEqualTo("Người khác vừa thay đổi nội dung này. Tải lại để xem bản mới nhất.");
        assertThat(notice.reload.getText()).isEqualTo("Tải lại");
        assertThat(submissions.get(draft.id()).idea().title()).isEqualTo("Ý tưởng từ tab kia");
        test(view.form.problem).setValue("Gõ thêm khi chưa tải lại");
        assertThat($(StaleNotice.class).withCondition(StaleNotice::isOpened).all()).hasSize(1);
        assertThat(submissions.get(draft.id()).idea().problem()).isEqualTo("Vấn đề: ghi chép giấy dễ thất lạc");

        click(notice.reload);
        assertThat(view.form.title.getValue()).isEqualTo("Ý tưởng từ tab kia");
        test(view.form.title).setValue("Ý tưởng sau khi tải lại");
        assertThat(submissions.get(draft.id()).idea().title()).isEqualTo("Ý tưởng sau khi tải lại");
        assertThat(view.saveState.getText()).startsWith("Đã lưu nháp lúc");
    }

    @Test
    void showing_the_page_again_adds_no_listener_and_one_tap_does_one_thing() {
        // a written idea, then a second one: an empty draft would be opened again instead
        SubmissionSummary first = submissions.save(submissions.start(round).id(), idea("Ý tưởng thứ nhất"));
        SubmissionSummary second = submissions.start(round);
        SubmissionView view = open(first.id());
        int clicks = ComponentUtil.getListeners(view.submit, ClickEvent.class).size();
        int teamClicks = ComponentUtil.getListeners(view.team.addName, ClickEvent.class).size();
        int edits = ComponentUtil.getListeners(view.form.title, ComponentValueChangeEvent.class).size();

        // the page shows its idea again after a reload offered by the stale notice, and after a withdrawal
        submissions.save(first.id(), idea("Đổi từ tab kia"), first.version());
        test(view.form.title).setValue("Đổi ở tab này");
        click($(StaleNotice.class).withCondition(StaleNotice::isOpened).single().reload);
        click(view.withdraw);
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(submissions.get(first.id()).status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(view.form.title.isReadOnly()).isTrue();
        // and when another idea is opened in it (Vaadin may reuse the page for another parameter)
        SubmissionView shown = view;
        for (long id : List.of(second.id(), first.id(), second.id())) {
            shown = open(id);
        }

        assertThat(ComponentUtil.getListeners(view.submit, ClickEvent.class)).hasSize(clicks);
        assertThat(ComponentUtil.getListeners(view.team.addName, ClickEvent.class)).hasSize(teamClicks);
        assertThat(ComponentUtil.getListeners(view.form.title, ComponentValueChangeEvent.class)).hasSize(edits);
        assertThat(ComponentUtil.getListeners(shown.team.addName, ClickEvent.class)).hasSize(teamClicks);
        shown.team.name.setValue("Lò Thị Na");
        click(shown.team.addName);
        assertThat(submissions.get(second.id()).idea().team()).extracting(TeamMember::fullName)
                .as("one tap adds one member").containsExactly("Lò Thị Na");
    }

    private SubmissionView open(long submissionId) {
        UI.getCurrent().navigate("contests/submissions/" + submissionId);
        return $(SubmissionView.class).single();
    }

    private static IdeaDraft idea(String title) {
        return new IdeaDraft(title, "Tóm tắt ý tưởng", "Vấn đề: ghi chép giấy dễ thất lạc",
                "Giải pháp: ứng dụng ghi chép trên điện thoại", "", "", null, List.of());
    }
}
