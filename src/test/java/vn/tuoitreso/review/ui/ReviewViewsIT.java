package vn.tuoitreso.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.documents.HostileCorpus;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Registration;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.review.AssignmentState;
import vn.tuoitreso.review.Judging;
import vn.tuoitreso.review.PanelSummary;
import vn.tuoitreso.review.Panels;
import vn.tuoitreso.review.QueueItem;
import vn.tuoitreso.review.ScoreDraft;
import vn.tuoitreso.review.ScoreSheet;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.BrowserlessViewTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/** The review screens on the server side: the organiser assigns, the judge reads blind and scores, two tabs. */
class ReviewViewsIT extends BrowserlessViewTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Attachments attachments;
    @Autowired Panels panels;
    @Autowired Judging judging;
    @Autowired vn.tuoitreso.review.Feedback feedback;
    @Autowired TestClock clock;
    @TempDir Path dir;

    AccountSummary organiser;
    AccountSummary contestant;
    AccountSummary judge;
    AccountSummary otherJudge;
    ContestSummary contest;
    SubmissionSummary idea;

    private AccountSummary person(String name, long unit, Role... roles) {
        SecurityContextHolder.clearContext();
        AccountSummary a = accounts.register(new Registration(name, TestAccounts.uniqueEmail("rv"),
                TestAccounts.PASSWORD, 2002, unit));
        if (roles.length == 0) {
            return a;
        }
        Set<Role> all = new java.util.HashSet<>(Set.of(roles));
        all.add(Role.LEARNER);
        return SystemTasks.runAsSystem(() -> accounts.changeRoles(a.id(), all));
    }

    @BeforeEach
    void anIdeaWithADocument() throws Exception {
        List<Long> unitIds = SystemTasks.runAsSystem(() -> units.tree().stream().map(UnitSummary::id).toList());
        organiser = person("Ban Tổ Chức Vòng", unitIds.get(1), Role.ORGANISER);
        contestant = person("Triệu Thị Mỷ", unitIds.get(2));
        judge = person("Giám Khảo Xem", unitIds.get(3), Role.JUDGE);
        otherJudge = person("Giám Khảo Khác", unitIds.get(3), Role.JUDGE);
        login(organiser.contact());
        ContestSummary created = contests.create(new ContestDraft("Hội thi xem " + System.nanoTime(), "Thể lệ", null,
                null, 5, 5, 10, 50), Set.of());
        contests.addCategory(created.id(), "Học tập");
        Instant now = clock.instant();
        contests.addRound(created.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null));
        contest = contests.publish(created.id(), true);
        login(contestant.contact());
        SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
        submissions.save(draft.id(), new IdeaDraft("Bản đồ số chợ phiên Trùng Khánh", "Tóm tắt", "Vấn đề",
                "Giải pháp", "", "", contest.categories().getFirst().id(),
                List.of(new vn.tuoitreso.contest.TeamMember(null, "Nông Thị Hoa"))));
        attachments.attach(draft.id(), "Triệu Thị Mỷ - thuyết minh.pdf",
                HostileCorpus.pdf(dir.resolve("t.pdf"), "Thuyết minh", "Trang một"));
        idea = submissions.submit(draft.id());
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_organiser_assigns_and_the_judge_reads_blind_scores_and_submits() {
        login(organiser.contact());
        UI.getCurrent().navigate(PanelView.class);
        PanelView panel = $(PanelView.class).single();
        panel.choose(contest.rounds().getFirst().id());
        panel.perIdea.setValue(1);
        panel.judges.setValue(panel.judges.getListDataView().getItems()
                .filter(p -> p.accountId() == judge.id()).collect(java.util.stream.Collectors.toSet()));
        click(panel.saveSettings);
        click(panel.assign);
        assertThat(panel.assignmentStatus.getText()).contains("Đề xuất 1 lượt chấm", "Giám Khảo Xem: 1");
        click(panel.confirm);
        assertThat(panel.assignmentStatus.getText()).contains("Đã phân công 1 lượt chấm");

        login(judge.contact());
        UI.getCurrent().navigate(ReviewQueueView.class);
        ReviewQueueView queue = $(ReviewQueueView.class).single();
        assertThat(queue.items.getElement().getTextRecursively()).contains("Bản đồ số chợ phiên Trùng Khánh",
                "Chưa chấm");
        queue.filter.setValue("cho phien");
        assertThat(queue.count.getText()).contains("1 ý tưởng");
        queue.filter.setValue("khong co");
        assertThat(queue.count.getText()).contains("0 ý tưởng");

        long assignmentId = judging.queue("").getFirst().assignmentId();
        UI.getCurrent().navigate("judge/ideas/" + assignmentId);
        ScoreSheetView sheet = $(ScoreSheetView.class).single();
        String page = sheet.getElement().getTextRecursively();
        assertThat(page).contains("Bản đồ số chợ phiên", "tep-1.pdf", "không tải được tệp gốc")
                .doesNotContain("Triệu", "Mỷ");
        assertThat(sheet.scoreFields().getFirst().getLabel()).startsWith("Tính sáng tạo (0–30 điểm");
        assertThat(sheet.scoreFields().getFirst().getHelperText())
                .startsWith("Ý tưởng mới, khác với những giải pháp đã có");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).doesNotContain("Triệu Thị Mỷ - thuyết minh.pdf");
        List<com.vaadin.flow.component.textfield.NumberField> fields = sheet.scoreFields();
        double[] values = {25, 20, 12, 10, 8};
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setValue(values[i]);
        }
        assertThat(sheet.total.getText()).isEqualTo("Tổng: 75/100 điểm");
        sheet.feedback.setValue("Nên thử ở một xã trước");
        click(sheet.submit);
        assertThat(sheet.state.getText()).isEqualTo("Đã nộp");
        assertThat(sheet.scoreFields()).isNotEmpty().allMatch(f -> f.isReadOnly());
        assertThat(sheet.save.isEnabled()).isFalse();
        assertThat(judging.sheet(assignmentId).feedback()).isEqualTo("Nên thử ở một xã trước");

        // blind: neither the idea page nor the queue's facets name anyone
        UI.getCurrent().navigate("contests/submissions/" + idea.id());
        assertThat(shown()).contains("Bản đồ số chợ phiên").doesNotContain("Nông Thị Hoa", "Triệu");
        UI.getCurrent().navigate(ReviewQueueView.class);
        ReviewQueueView again = $(ReviewQueueView.class).single();
        assertThat(again.getElement().getTextRecursively()).doesNotContain("Nông Thị Hoa", "Triệu");

        login(otherJudge.contact());
        UI.getCurrent().navigate("judge/ideas/" + assignmentId);
        assertThat($(ScoreSheetView.class).all()).isEmpty();
        UI.getCurrent().navigate("contests/submissions/" + idea.id());
        assertThat(shown()).doesNotContain("Bản đồ số chợ phiên", "Nông Thị Hoa");
    }

    /** The page's text and the values of its fields. */
    private String shown() {
        StringBuilder all = new StringBuilder(UI.getCurrent().getElement().getTextRecursively());
        $(com.vaadin.flow.component.textfield.TextField.class).all().forEach(f -> all.append('\n').append(f.getValue()));
        $(com.vaadin.flow.component.textfield.TextArea.class).all().forEach(f -> all.append('\n').append(f.getValue()));
        return all.toString();
    }

    @Test
    void a_second_tab_that_saved_meanwhile_is_reported_and_nothing_is_overwritten() {
        login(organiser.contact());
        PanelSummary p = panels.open(contest.rounds().getFirst().id());
        p = panels.configure(p.id(), new vn.tuoitreso.review.PanelSettings(true, 1, false, Set.of(judge.id()),
                p.settings().version()));
        panels.confirm(p.id(), panels.propose(p.id()).pairs());

        login(judge.contact());
        QueueItem item = judging.queue("").getFirst();
        UI.getCurrent().navigate("judge/ideas/" + item.assignmentId());
        ScoreSheetView sheet = $(ScoreSheetView.class).single();
        ScoreSheet other = judging.sheet(item.assignmentId());
        judging.save(item.assignmentId(), new ScoreDraft(Map.of(other.rubric().getFirst().id(), 20.0), "tab hai", ""),
                other.version());

        sheet.scoreFields().getFirst().setValue(5.0);
        click(sheet.save);

        assertThat($(vn.tuoitreso.shared.StaleNotice.class).all()).filteredOn(n -> n.isOpened())
                .anySatisfy(n -> assertThat(n.message.getText()).contains("vừa được lưu ở một thẻ"));
        ScoreSheet stored = judging.sheet(item.assignmentId());
        assertThat(stored.scores()).containsValue(20.0);
        assertThat(stored.state()).isEqualTo(AssignmentState.DRAFT);
    }

    @Test
    void the_contestant_reads_the_feedback_on_their_idea_only_after_publication() {
        login(organiser.contact());
        PanelSummary p = panels.open(contest.rounds().getFirst().id());
        p = panels.configure(p.id(), new vn.tuoitreso.review.PanelSettings(true, 1, false, Set.of(judge.id()),
                p.settings().version()));
        panels.confirm(p.id(), panels.propose(p.id()).pairs());
        login(judge.contact());
        ScoreSheet sheet = judging.sheet(judging.queue("").getFirst().assignmentId());
        Map<Long, Double> scores = new java.util.HashMap<>();
        sheet.rubric().forEach(c -> scores.put(c.id(), c.max() / 2));
        judging.submit(sheet.assignmentId(), new ScoreDraft(scores, "chỉ ban tổ chức", "Cần thêm số liệu khảo sát"),
                sheet.version());

        login(contestant.contact());
        UI.getCurrent().navigate("contests/submissions/" + idea.id());
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).doesNotContain(feedbackRoute());
        UI.getCurrent().navigate("contests/submissions/" + idea.id() + "/feedback");
        FeedbackView before = $(FeedbackView.class).single();
        assertThat(before.content.getElement().getTextRecursively())
                .contains("chưa được công bố").doesNotContain("Cần thêm số liệu");
        // the name is not shown unless the contestant agrees; they may decide before publication
        assertThat(before.showName.getValue()).isFalse();
        test(before.showName).click();
        assertThat(feedback.nameShown(idea.id())).isTrue();

        login(organiser.contact());
        panels.publish(p.id(), List.of("Giải Nhất"));
        login(contestant.contact());
        UI.getCurrent().navigate("contests/submissions/" + idea.id());
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(feedbackRoute());
        UI.getCurrent().navigate("contests");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(feedbackRoute());
        UI.getCurrent().navigate("contests/submissions/" + idea.id() + "/feedback");
        assertThat($(FeedbackView.class).single().showName.getValue()).isTrue();
        String text = $(FeedbackView.class).single().content.getElement().getTextRecursively();
        assertThat(text).contains("Giám khảo 1: 50 điểm", "Tính sáng tạo: 15/30", "Cần thêm số liệu khảo sát")
                .doesNotContain("Giám Khảo Xem", "chỉ ban tổ chức");

        login(otherJudge.contact());
        UI.getCurrent().navigate("contests/submissions/" + idea.id() + "/feedback");
        assertThat($(FeedbackView.class).all()).isEmpty();
    }

    private String feedbackRoute() {
        return "contests/submissions/" + idea.id() + "/feedback";
    }
}
