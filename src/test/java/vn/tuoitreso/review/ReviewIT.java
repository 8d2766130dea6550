package vn.tuoitreso.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;

@PlatformTest
class ReviewIT extends ReviewScenario {

    @TempDir Path dir;

    AccountSummary organiser;
    AccountSummary pao;
    AccountSummary binh;
    AccountSummary cuong;
    AccountSummary j1;
    AccountSummary j2;
    AccountSummary j3;
    ContestSummary contest;
    SubmissionSummary first;
    SubmissionSummary second;
    SubmissionSummary third;

    @BeforeEach
    void threeIdeasAndThreeJudges() throws Exception {
        List<Long> unitIds = unitIds();
        long unitA = unitIds.get(1);
        long unitB = unitIds.get(2);
        long unitC = unitIds.get(3);
        organiser = person("Ban Tổ Chức", unitA, Role.ORGANISER);
        pao = person("Hoàng Thị Pào", unitA);
        binh = person("Nông Văn Bình", unitB);
        cuong = person("Lục Văn Cường", unitC);
        j1 = person("Giám Khảo Một", unitA, Role.JUDGE);
        j2 = person("Giám Khảo Hai", unitB, Role.JUDGE);
        j3 = person("Giám Khảo Ba", unitC, Role.JUDGE);
        contest = contest(organiser, "Học tập", "Lao động");
        first = idea(pao, contest, 0, "Tem QR cho hạt dẻ Trùng Khánh",
                List.of(new TeamMember(null, "Bế Thị Hoa")), dir.resolve("a.pdf"));
        second = idea(binh, contest, 0, "Sổ tay số cho chi đoàn", List.of(), null);
        third = idea(cuong, contest, 1, "Chợ phiên trực tuyến", List.of(), null);
    }

    private PanelSummary panel(boolean sameUnitConflicts, int k, AccountSummary... judges) {
        logIn(organiser);
        PanelSummary panel = panels.open(contest.rounds().getFirst().id());
        return panels.configure(panel.id(), new PanelSettings(true, k, sameUnitConflicts,
                java.util.Arrays.stream(judges).map(AccountSummary::id).collect(Collectors.toSet()),
                panel.settings().version()));
    }

    private Map<Long, Double> full(List<RubricCriterion> rubric, double share) {
        Map<Long, Double> scores = new HashMap<>();
        rubric.forEach(c -> scores.put(c.id(), Math.round(c.max() * share * 2) / 2.0));
        return scores;
    }

    @Test
    void a_new_panel_is_blind_with_three_judges_per_idea_and_the_rubric_of_the_rules() {
        logIn(organiser);
        PanelSummary panel = panels.open(contest.rounds().getFirst().id());

        assertThat(panel.settings().blind()).isTrue();
        assertThat(panel.settings().judgesPerIdea()).isEqualTo(3);
        assertThat(panel.rubric()).extracting(RubricCriterion::name).containsExactly("Tính sáng tạo", "Tính khả thi",
                "Hiệu quả và tác động", "Khả năng nhân rộng", "Trình bày");
        assertThat(panel.rubric().stream().mapToDouble(RubricCriterion::max).sum()).isEqualTo(100.0);
        assertThat(panels.open(contest.rounds().getFirst().id()).id()).isEqualTo(panel.id());
        assertThat(panels.candidates()).extracting(p -> p.accountId()).contains(j1.id(), j2.id(), j3.id())
                .doesNotContain(pao.id());
    }

    @Test
    void conflicts_through_units_keep_judges_off_ideas_of_their_unit_and_short_ideas_are_named() {
        PanelSummary panel = panel(true, 3, j1, j2, j3);

        AssignmentProposal proposal = panels.propose(panel.id());

        // every idea has a team member in the unit of exactly one judge: two judges each at most
        assertThat(proposal.complete()).isFalse();
        assertThat(proposal.shortIdeas().keySet()).extracting(IdeaRef::code)
                .containsExactlyInAnyOrder(first.code(), second.code(), third.code());
        assertThat(proposal.pairs()).noneMatch(p -> p.idea().submissionId() == first.id() && p.judgeId() == j1.id());
        assertThat(proposal.pairs()).noneMatch(p -> p.idea().submissionId() == second.id() && p.judgeId() == j2.id());
        assertThat(proposal.pairs()).hasSize(6);

        PanelSummary two = panel(true, 2, j1, j2, j3);
        AssignmentProposal enough = panels.propose(two.id());
        assertThat(enough.complete()).isTrue();
        assertThat(enough.loads().values()).containsOnly(2);
        assertThatThrownBy(() -> panels.confirm(two.id(), List.of(new AssignmentProposal.Pair(
                enough.pairs().getFirst().idea(), pao.id(), false))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> panels.confirm(two.id(), List.of(new AssignmentProposal.Pair(
                ref(enough, first.id()), j1.id(), false))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst()
                        .messageKey()).isEqualTo("review.assign.conflict"));
    }

    private static IdeaRef ref(AssignmentProposal proposal, long submissionId) {
        return proposal.pairs().stream().map(AssignmentProposal.Pair::idea)
                .filter(i -> i.submissionId() == submissionId).findFirst().orElseThrow();
    }

    @Test
    void a_judge_scores_blind_saves_a_draft_submits_and_is_then_locked_with_every_change_audited() throws Exception {
        PanelSummary panel = panel(false, 3, j1, j2, j3);
        AssignmentProposal confirmed = panels.confirm(panel.id(), panels.propose(panel.id()).pairs());
        assertThat(confirmed.complete()).isTrue();
        assertThat(confirmed.pairs()).hasSize(9);

        logIn(j1);
        List<QueueItem> queue = judging.queue("");
        assertThat(queue).hasSize(3).allMatch(i -> i.state() == AssignmentState.ASSIGNED);
        assertThat(judging.queue("hat de trung khanh")).extracting(QueueItem::submissionId).containsExactly(first.id());
        QueueItem item = queue.stream().filter(i -> i.submissionId() == first.id()).findFirst().orElseThrow();
        ScoreSheet sheet = judging.sheet(item.assignmentId());

        assertThat(sheet.blind()).isTrue();
        assertThat(sheet.team()).isEmpty();
        assertThat(sheet.idea().team()).isEmpty();
        assertThat(sheet.files()).extracting(ScoreSheet.JudgeFile::name).containsExactly("tep-1.pdf");
        assertThat(sheet.toString() + queue).doesNotContain("Pào", "Bế Thị Hoa", "Hoàng");
        assertThat(sheet.files()).extracting(ScoreSheet.JudgeFile::downloadable).containsExactly(false);
        assertThatThrownBy(() -> judging.file(item.assignmentId(), 1)).as("blind: the PDF is read as pictures")
                .isInstanceOf(InvalidInputException.class);
        assertThat(judging.pdfPages(item.assignmentId(), 1)).isEqualTo(1);
        byte[] png = judging.pdfPage(item.assignmentId(), 1, 1);
        assertThat(png).startsWith((byte) 0x89, (byte) 0x50, (byte) 0x4E, (byte) 0x47);

        RubricCriterion creativity = sheet.rubric().getFirst();
        ScoreSheet draft = judging.save(item.assignmentId(), new ScoreDraft(Map.of(creativity.id(), 25.0),
                "Khá tốt", "Cần thêm số liệu"), sheet.version());
        assertThat(draft.state()).isEqualTo(AssignmentState.DRAFT);
        assertThat(draft.total()).isEqualTo(25.0);
        // a second tab still holding the first version
        assertThatThrownBy(() -> judging.save(item.assignmentId(), new ScoreDraft(Map.of(creativity.id(), 10.0),
                "", ""), sheet.version())).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> judging.save(item.assignmentId(), new ScoreDraft(Map.of(creativity.id(), 31.0),
                "", ""), draft.version())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("review.validation.score"));
        assertThatThrownBy(() -> judging.submit(item.assignmentId(), new ScoreDraft(Map.of(creativity.id(), 25.0),
                "", ""), draft.version())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).hasSize(4));

        ScoreSheet submitted = judging.submit(item.assignmentId(), new ScoreDraft(full(sheet.rubric(), 0.8),
                "Khá tốt", "Cần thêm số liệu"), draft.version());
        assertThat(submitted.state()).isEqualTo(AssignmentState.SUBMITTED);
        assertThatThrownBy(() -> judging.save(item.assignmentId(), new ScoreDraft(Map.of(), "", ""),
                submitted.version())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("review.locked"));

        logIn(organiser);
        panels.reopen(item.assignmentId());
        List<AuditLine> trail = panels.audit(item.assignmentId());
        assertThat(trail).extracting(AuditLine::what).contains("Tính sáng tạo", "comment", "feedback", "state");
        assertThat(trail).anySatisfy(l -> {
            assertThat(l.what()).isEqualTo("Tính sáng tạo");
            assertThat(l.oldValue()).isEqualTo("25");
            assertThat(l.newValue()).isEqualTo("24");
            assertThat(l.who()).isEqualTo("Giám Khảo Một");
        });
        assertThat(trail.getLast().newValue()).isEqualTo("DRAFT");
        logIn(j1);
        assertThat(judging.sheet(item.assignmentId()).state()).isEqualTo(AssignmentState.DRAFT);
    }

    @Test
    void a_judge_opening_an_idea_or_file_not_assigned_to_them_is_told_it_does_not_exist() throws Exception {
        PanelSummary panel = panel(false, 1, j1, j2, j3);
        panels.confirm(panel.id(), panels.propose(panel.id()).pairs());
        long firstJudge = panels.assignment(panel.id()).pairs().stream()
                .filter(p -> p.idea().submissionId() == first.id()).findFirst().orElseThrow().judgeId();
        AccountSummary other = firstJudge == j1.id() ? j2 : j1;
        AccountSummary assigned = firstJudge == j1.id() ? j1 : firstJudge == j2.id() ? j2 : j3;
        logIn(assigned);
        long assignmentId = judging.queue("").stream().filter(i -> i.submissionId() == first.id()).findFirst()
                .orElseThrow().assignmentId();
        long attachmentId = attachments.of(first.id()).getFirst().id();
        assertThat(attachments.readOnServer(attachmentId).fileName()).isEqualTo("tep-" + attachmentId + ".pdf");

        logIn(other);
        assertThatThrownBy(() -> judging.sheet(assignmentId)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("review.notFound");
        assertThatThrownBy(() -> judging.file(assignmentId, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> submissions.get(first.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> attachments.download(attachmentId)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> attachments.readOnServer(attachmentId)).isInstanceOf(InvalidInputException.class);

        logIn(assigned);
        judging.declareConflict(assignmentId);
        assertThatThrownBy(() -> submissions.get(first.id())).isInstanceOf(InvalidInputException.class);
        logIn(organiser);
        AssignmentProposal after = panels.assignment(panel.id());
        assertThat(after.shortIdeas().keySet()).extracting(IdeaRef::submissionId).containsExactly(first.id());
        AssignmentProposal added = panels.addJudge(panel.id(), first.id());
        assertThat(added.pairs()).filteredOn(p -> p.idea().submissionId() == first.id()).singleElement()
                .satisfies(p -> assertThat(p.judgeId()).isNotEqualTo(assigned.id()));
    }

    @Test
    void the_ranking_follows_the_submitted_scores_and_contestants_see_feedback_only_after_publication()
            throws Exception {
        PanelSummary panel = panel(false, 2, j1, j2);
        panels.confirm(panel.id(), panels.propose(panel.id()).pairs());
        Map<Long, Double> share = Map.of(first.id(), 0.9, second.id(), 0.6, third.id(), 0.7);
        for (AccountSummary judge : List.of(j1, j2)) {
            logIn(judge);
            for (QueueItem item : judging.queue("")) {
                ScoreSheet sheet = judging.sheet(item.assignmentId());
                judging.submit(item.assignmentId(), new ScoreDraft(full(sheet.rubric(), share.get(item.submissionId())
                        - (judge == j2 ? 0.1 : 0)), "ghi chú", "Góp ý cho " + item.code()), sheet.version());
            }
        }
        logIn(organiser);
        Ranking ranking = panels.ranking(panel.id());
        assertThat(ranking.rows()).filteredOn(r -> r.idea().categoryName().equals("Học tập"))
                .extracting(r -> r.idea().submissionId(), RankingRow::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), 1),
                        org.assertj.core.groups.Tuple.tuple(second.id(), 2));
        assertThat(ranking.judges()).allSatisfy(p -> assertThat(p.submitted()).isEqualTo(p.assigned()));
        assertThat(ranking.agreement()).isGreaterThan(0.5);

        logIn(pao);
        assertThat(feedback.onMyIdea(first.id())).isEmpty();
        logIn(binh);
        assertThatThrownBy(() -> feedback.onMyIdea(first.id())).isInstanceOf(InvalidInputException.class);

        logIn(organiser);
        panels.publish(panel.id(), List.of("Giải Nhất"));
        logIn(pao);
        IdeaFeedback mine = feedback.onMyIdea(first.id()).orElseThrow();
        assertThat(mine.judges()).hasSize(2).extracting(IdeaFeedback.Judged::feedback)
                .containsOnly("Góp ý cho " + first.code());
        assertThat(mine.toString()).doesNotContain("Giám Khảo", "ghi chú");
    }
}
