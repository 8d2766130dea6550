package vn.tuoitreso.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;

/**
 * Review's texts longer than their columns, sent straight to the services, are refused with a message naming
 * the field and the limit — never a database failure.
 */
@PlatformTest
class ReviewTextLimitsIT extends ReviewScenario {

    @Test
    void over_long_criteria_prizes_comments_and_feedback_are_refused_with_their_limits() throws Exception {
        List<Long> unitIds = unitIds();
        AccountSummary organiser = person("Ban Tổ Chức Giới Hạn", unitIds.get(1), Role.ORGANISER);
        AccountSummary judge = person("Giám Khảo Giới Hạn", unitIds.get(2), Role.JUDGE);
        AccountSummary contestant = person("Thí Sinh Giới Hạn", unitIds.get(3));
        ContestSummary contest = contest(organiser, "Học tập");
        idea(contestant, contest, 0, "Bản đồ số của xã", List.of(), null);

        logIn(organiser);
        PanelSummary panel = panels.open(contest.rounds().getFirst().id());
        refused(() -> panels.saveRubric(panel.id(), List.of(new CriterionDraft("Sáng tạo ".repeat(20), "", 1, 0, 10))),
                "criterion-0", "review.validation.criterionNameTooLong");
        refused(() -> panels.saveRubric(panel.id(), List.of(new CriterionDraft("Sáng tạo", "Mô tả ".repeat(500), 1, 0,
                10))), "criterion-0", "review.validation.criterionDescriptionTooLong");
        refused(() -> panels.publish(panel.id(), List.of("Giải nhất " + "rất lớn ".repeat(20))), "prizes",
                "review.validation.prizes");
        assertThat(panels.get(panel.id()).publishedAt()).as("nothing was published").isNull();

        PanelSummary configured = panels.configure(panel.id(), new PanelSettings(true, 1, false, Set.of(judge.id()),
                panel.settings().version()));
        panels.confirm(configured.id(), panels.propose(configured.id()).pairs());
        logIn(judge);
        QueueItem item = judging.queue("").getFirst();
        ScoreSheet sheet = judging.sheet(item.assignmentId());
        refused(() -> judging.save(item.assignmentId(), new ScoreDraft(Map.of(), "Nhận xét ".repeat(500), ""),
                sheet.version()), "comment", "review.validation.textLength");
        refused(() -> judging.save(item.assignmentId(), new ScoreDraft(Map.of(), "", "Góp ý ".repeat(700)),
                sheet.version()), "feedback", "review.validation.textLength");
        assertThat(judging.save(item.assignmentId(), new ScoreDraft(Map.of(), "Nhận xét ".repeat(400), ""),
                sheet.version()).comment()).as("long but within the limit").hasSizeGreaterThan(3_500);
    }

    private static void refused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .anySatisfy(problem -> {
                    assertThat(problem.messageKey()).isEqualTo(messageKey);
                    assertThat(problem.field()).isEqualTo(field);
                }));
    }
}
