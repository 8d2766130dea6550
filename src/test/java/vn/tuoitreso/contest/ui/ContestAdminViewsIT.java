package vn.tuoitreso.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.StaleNotice;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

class ContestAdminViewsIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired TestClock clock;

    AccountSummary organiser;

    @BeforeEach
    void setUp() {
        organiser = new TestAccounts(accounts, units).create("Đinh Thị Tổ Chức", Role.ORGANISER);
    }

    @Test
    void an_organiser_creates_a_contest_adds_a_category_and_a_round_and_publishes_it() {
        login(organiser.contact());
        UI.getCurrent().navigate("organiser/contests");
        click($(ContestAdminView.class).single().create);
        String title = "Sáng kiến chuyển đổi số " + System.nanoTime();
        $(TextField.class).id("new-contest-title").setValue(title);
        click($(Button.class).id("save-new-contest"));

        ContestEditorView editor = $(ContestEditorView.class).single();
        assertThat(editor.settings.title.getValue()).isEqualTo(title);
        assertThat(editor.settings.minAge.getValue()).isEqualTo(16);
        assertThat(editor.settings.maxTotalMb.getValue()).isEqualTo(50);
        long id = contests.all().stream().filter(c -> c.settings().title().equals(title)).findFirst().orElseThrow().id();

        click(editor.publication.publish);
        assertThat(notifications()).containsExactly("Cuộc thi cần ít nhất một vòng trước khi công bố.");
        assertThat(contests.get(id).published()).isFalse();

        editor.settings.rules.setValue("## Thể lệ\n\nMỗi nhóm tối đa **5** người.");
        assertThat(((Html) editor.settings.rulesPreview.getComponentAt(0)).getInnerHtml()).contains("<h2>Thể lệ</h2>",
                "<strong>5</strong>");
        editor.settings.maxAge.setValue(30);
        assertThat(editor.settings.ideasPerRound.getValue()).as("one idea per contestant and round at first")
                .isEqualTo(1);
        assertThat(editor.settings.ideasPerRound.getLabel()).isEqualTo("Số ý tưởng mỗi thí sinh trong một vòng");
        editor.settings.ideasPerRound.setValue(2);
        click(editor.settings.save);
        assertThat(editor.settings.save.isEnabled()).as("usable again once the server answered").isTrue();
        assertThat(contests.get(id).settings().maxAge()).isEqualTo(30);
        assertThat(contests.get(id).settings().ideasPerRound()).isEqualTo(2);
        assertThat(contests.get(id).settings().rules()).startsWith("## Thể lệ");

        editor.categories.newCategory.setValue("Học tập");
        click(editor.categories.addCategory);
        assertThat(contests.get(id).categories()).extracting(ContestSummary.Named::name).containsExactly("Học tập");
        assertThat(editor.categories.newCategory.getValue()).isEmpty();

        click(editor.rounds.addRound);
        RoundDialog round = $(RoundDialog.class).single();
        var calendar = round.submissionOpens.getDatePickerI18n();
        assertThat(calendar.getToday()).isEqualTo("Hôm nay");
        assertThat(calendar.getCancel()).isEqualTo("Hủy");
        assertThat(calendar.getMonthNames()).startsWith("Tháng 1", "Tháng 2");
        assertThat(calendar.getWeekdaysShort()).startsWith("CN", "Th 2");
        assertThat(calendar.getFirstDayOfWeek()).as("weeks start on Monday").isEqualTo(1);
        assertThat(calendar.getDateFormats()).containsExactly("dd/MM/yyyy");
        round.name.setValue("Vòng sơ khảo");
        round.reviewOpens.setValue(round.submissionCloses.getValue().plusDays(1));
        click(round.save);
        assertThat(round.reviewCloses.isInvalid()).isTrue();
        round.reviewCloses.setValue(round.submissionCloses.getValue().plusDays(10));
        click(round.save);
        RoundDraft plan = contests.get(id).rounds().get(0).plan();
        assertThat(plan.name()).isEqualTo("Vòng sơ khảo");
        assertThat(RoundDialog.local(plan.submissionCloses())).isEqualTo(round.submissionCloses.getValue());
        assertThat(test(editor.rounds.rounds).size()).isEqualTo(1);

        click(editor.publication.publish);
        assertThat(contests.get(id).published()).isTrue();
        assertThat(editor.publication.publish.getText()).isEqualTo("Ẩn cuộc thi");

        UI.getCurrent().navigate("organiser/contests");
        ContestAdminView list = $(ContestAdminView.class).single();
        assertThat(test(list.grid).size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void an_organiser_saving_settings_someone_else_changed_meanwhile_is_told_in_vietnamese_and_reloads_them() {
        login(organiser.contact());
        ContestSummary contest = contests.create(new ContestDraft("Cuộc thi hai người sửa " + System.nanoTime(), "",
                16, 35, 5, 5, 20, 50), Set.of());
        UI.getCurrent().navigate("organiser/contests/" + contest.id());
        ContestEditorView editor = $(ContestEditorView.class).single();
        assertThat(editor.settings.save.isDisableOnClick()).isTrue();

        ContestDraft other = contests.get(contest.id()).settings();
        contests.update(contest.id(), new ContestDraft("Tên do người khác đặt", "Thể lệ mới", other.minAge(),
                other.maxAge(), other.maxTeamSize(), other.maxAttachments(), other.maxAttachmentMb(),
                other.maxTotalMb(), other.ideasPerRound(), other.version()), Set.of());

        editor.settings.maxAge.setValue(30);
        click(editor.settings.save);
        StaleNotice notice = staleNotice();
        assertThat(notice.message.getText())
                .isEqualTo("Người khác vừa thay đổi nội dung này. Tải lại để xem bản mới nhất.");
        assertThat(notifications()).noneMatch(text -> text != null && text.contains("ngoài ý muốn"));
        assertThat(editor.settings.maxAge.getValue()).as("what was typed stays on screen").isEqualTo(30);
        ContestDraft stored = contests.get(contest.id()).settings();
        assertThat(stored.title()).isEqualTo("Tên do người khác đặt");
        assertThat(stored.maxAge()).isEqualTo(35);

        click(notice.reload);
        assertThat(editor.settings.title.getValue()).isEqualTo("Tên do người khác đặt");
        assertThat(editor.settings.maxAge.getValue()).isEqualTo(35);
        editor.settings.maxAge.setValue(30);
        click(editor.settings.save);
        assertThat(contests.get(contest.id()).settings().maxAge()).isEqualTo(30);
        assertThat(contests.get(contest.id()).settings().title()).isEqualTo("Tên do người khác đặt");
    }

    @Test
    void a_round_or_category_changed_meanwhile_is_not_overwritten_from_the_editor() {
        login(organiser.contact());
        ContestSummary contest = contests.create(new ContestDraft("Cuộc thi vòng thi " + System.nanoTime(), "", null,
                null, 5, 5, 20, 50), Set.of());
        Instant now = clock.instant();
        contests.addCategory(contest.id(), "Học tập");
        ContestSummary read = contests.addRound(contest.id(), new RoundDraft("Vòng một", now,
                now.plus(Duration.ofDays(7)), null, null));
        UI.getCurrent().navigate("organiser/contests/" + contest.id());
        ContestEditorView editor = $(ContestEditorView.class).single();

        ContestSummary.RoundSummary round = read.rounds().get(0);
        contests.updateRound(round.id(), new RoundDraft("Vòng một (người khác sửa)", now, now.plus(Duration.ofDays(9)),
                null, null, round.plan().version()));
        click((Button) test(editor.rounds.rounds).getCellComponent(0, 4));
        RoundDialog dialog = $(RoundDialog.class).single();
        dialog.name.setValue("Vòng một (bản cũ)");
        click(dialog.save);
        assertThat(staleNotice().message.getText()).startsWith("Người khác vừa thay đổi");
        assertThat(contests.get(contest.id()).rounds().get(0).plan().name()).isEqualTo("Vòng một (người khác sửa)");
        click(staleNotice().reload);
        assertThat(row(editor.rounds.rounds, 0)).contains("Vòng một (người khác sửa)");

        ContestSummary.Named category = contests.get(contest.id()).categories().get(0);
        contests.renameCategory(category.id(), "Học tập suốt đời", category.version());
        click($(Button.class).withAriaLabel("Đổi tên lĩnh vực Học tập").single());
        $(TextField.class).id("category-name").setValue("Học tập số");
        click($(Button.class).id("save-category"));
        assertThat(staleNotice().message.getText()).startsWith("Người khác vừa thay đổi");
        assertThat(contests.get(contest.id()).categories()).extracting(ContestSummary.Named::name)
                .containsExactly("Học tập suốt đời");
    }

    @Test
    void a_learner_is_refused_the_organiser_screens() {
        AccountSummary learner = new TestAccounts(accounts, units).create("Sùng Thị Học");
        login(learner.contact());
        UI.getCurrent().navigate("organiser/contests");
        assertThat($(ContestAdminView.class).all()).isEmpty();
        UI.getCurrent().navigate("organiser/contests/1/submissions");
        assertThat($(SubmissionsAdminView.class).all()).isEmpty();
    }

    @Test
    void the_submission_list_filters_by_status_opens_an_idea_and_exports_vietnamese_for_excel() throws java.io.IOException {
        login(organiser.contact());
        // two ideas per contestant and round: one sent, one still a draft
        ContestSummary contest = contests.create(new ContestDraft("Ý tưởng thanh niên " + System.nanoTime(), "", null,
                null, 5, 5, 20, 50).withIdeasPerRound(2), Set.of());
        long category = contests.addCategory(contest.id(), "Lao động").categories().get(0).id();
        Instant now = clock.instant();
        long round = contests.addRound(contest.id(), new RoundDraft("Vòng một", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null)).rounds().get(0).id();
        contests.publish(contest.id(), true);

        AccountSummary contestant = new TestAccounts(accounts, units).create("Lò Thị Sáng");
        login(contestant.contact());
        String title = "Sổ tay số cho hợp tác xã miến dong Nguyên Bình";
        SubmissionSummary sent = submissions.start(round);
        submissions.save(sent.id(), new IdeaDraft(title, "Ghi chép, tính công, bán chè qua điện thoại",
                "Sổ sách giấy dễ thất lạc", "Ứng dụng ghi chép", "Minh bạch", "Chi phí thấp", category,
                List.of(new TeamMember(null, "Vàng A Chè"))));
        submissions.submit(sent.id());
        SubmissionSummary draft = submissions.start(round);
        submissions.save(draft.id(), new IdeaDraft("Bản nháp chưa nộp", "", "", "", "", "", null, List.of()));

        login(organiser.contact());
        UI.getCurrent().navigate("organiser/contests/" + contest.id() + "/submissions");
        SubmissionsAdminView view = $(SubmissionsAdminView.class).single();
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.count.getText()).isEqualTo("2 bài dự thi");

        view.status.setValue(SubmissionStatus.SUBMITTED);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(row(view.grid, 0)).contains(title, "Lao động", "Vòng một", "Lò Thị Sáng");
        assertThat(view.count.getText()).isEqualTo("1 bài dự thi");

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        vn.tuoitreso.shared.export.Exports.csv(view.sheet(), out);
        byte[] csv = out.toByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Mã bài,Tên ý tưởng,Lĩnh vực", title, "Đã nộp", "Vàng A Chè")
                .doesNotContain("Bản nháp chưa nộp");

        test(view.grid).clickRow(0);
        SubmissionDialog dialog = $(SubmissionDialog.class).single();
        assertThat($(H3.class, dialog).single().getText()).isEqualTo(title);
        assertThat($(ListItem.class, dialog).all()).extracting(ListItem::getText).containsExactly("Vàng A Chè");
    }

    private StaleNotice staleNotice() {
        return $(StaleNotice.class).withCondition(StaleNotice::isOpened).single();
    }
}
