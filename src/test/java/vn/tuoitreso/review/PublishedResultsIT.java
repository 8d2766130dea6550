package vn.tuoitreso.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tuoitreso.certificate.AwardDetails;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.certificate.Verification;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.Invitations;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.PlatformTest;

@PlatformTest
class PublishedResultsIT extends ReviewScenario {

    @Autowired Invitations invitations;
    @Autowired PublishedResults results;
    @Autowired Certificates certificates;

    AccountSummary organiser;
    AccountSummary pao;
    AccountSummary hoa;
    AccountSummary binh;
    ContestSummary contest;
    SubmissionSummary first;
    SubmissionSummary second;
    PanelSummary panel;

    /** Pào's idea (with Hoa, who joined by invitation) is scored above Bình's by two judges; nothing published. */
    @BeforeEach
    void twoScoredIdeas() throws Exception {
        long unit = unitIds().get(1);
        organiser = person("Ban Tổ Chức", unit, Role.ORGANISER);
        pao = person("Hoàng Thị Pào", unit);
        hoa = person("Bế Thị Hoa", unit);
        binh = person("Nông Văn Bình", unit);
        AccountSummary j1 = person("Giám Khảo Một", unit, Role.JUDGE);
        AccountSummary j2 = person("Giám Khảo Hai", unit, Role.JUDGE);
        contest = contest(organiser, "Học tập");

        logIn(pao);
        SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
        submissions.save(draft.id(), new IdeaDraft("Tem QR cho hạt dẻ Trùng Khánh", "Tóm tắt", "Vấn đề",
                "Giải pháp", "Hiệu quả", "Khả thi", contest.categories().getFirst().id(), List.of()));
        invitations.invite(draft.id(), hoa.contact());
        logIn(hoa);
        invitations.accept(invitations.mine().getFirst().id());
        logIn(pao);
        first = submissions.submit(draft.id());
        second = idea(binh, contest, 0, "Sổ tay số cho chi đoàn", List.of(), null);

        panel = judged(organiser, contest, List.of(j1, j2), Map.of(first.id(), 0.9, second.id(), 0.6));
        SecurityContextHolder.clearContext();
    }

    @Test
    void published_results_are_public_and_name_only_the_team_members_who_agreed() {

        // each member decides for themself: Pào agrees, Hoa and Bình do not decide (not shown by default)
        logIn(pao);
        assertThat(feedback.nameShown(first.id())).isFalse();
        feedback.showName(first.id(), true);
        assertThat(feedback.nameShown(first.id())).isTrue();
        logIn(binh);
        assertThatThrownBy(() -> feedback.showName(first.id(), true)).isInstanceOf(InvalidInputException.class);

        logIn(organiser);
        panels.publish(panel.id(), List.of("Giải Nhất", "Giải Nhì"));

        SecurityContextHolder.clearContext();
        List<PublishedRound> rounds = results.ofContest(contest.id());
        assertThat(rounds).singleElement().satisfies(r -> {
            assertThat(r.contestTitle()).isEqualTo(contest.settings().title());
            assertThat(r.roundName()).isEqualTo("Vòng sơ khảo");
            assertThat(r.winners()).extracting(PublishedWinner::code, PublishedWinner::rank, PublishedWinner::prize,
                    PublishedWinner::categoryName).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(first.code(), 1, "Giải Nhất", "Học tập"),
                    org.assertj.core.groups.Tuple.tuple(second.code(), 2, "Giải Nhì", "Học tập"));
            assertThat(r.winners().getFirst().shownNames()).containsExactly("Hoàng Thị Pào");
            assertThat(r.winners().get(1).shownNames()).isEmpty();
        });
        assertThat(rounds.toString()).doesNotContain("Bế Thị Hoa", "Nông Văn Bình", "Giám Khảo", "@");
        List<PublishedRound> latest = results.latest(100);
        assertThat(latest).anySatisfy(r -> assertThat(r.roundId()).isEqualTo(contest.rounds().getFirst().id()));
        assertThat(latest).extracting(PublishedRound::publishedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(results.latest(1)).hasSize(1);

        // and may change their mind at any time, after publication too
        logIn(hoa);
        feedback.showName(first.id(), true);
        logIn(pao);
        feedback.showName(first.id(), false);
        SecurityContextHolder.clearContext();
        assertThat(results.ofContest(contest.id()).getFirst().winners().getFirst().shownNames())
                .containsExactly("Bế Thị Hoa");
    }

    @Test
    void every_member_of_a_winning_team_gets_one_award_certificate_that_verifies_like_a_course_certificate() {
        logIn(organiser);
        panels.publish(panel.id(), List.of("Giải Nhất"));

        logIn(hoa);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> !certificates.mine().isEmpty());
        CertificateSummary hers = certificates.mine().getFirst();
        assertThat(hers.award()).isEqualTo(new AwardDetails(contest.settings().title(), "Vòng sơ khảo", "Giải Nhất",
                "Tem QR cho hạt dẻ Trùng Khánh"));
        assertThat(hers.holderName()).isEqualTo("Bế Thị Hoa");
        assertThat(new String(certificates.pdf(hers.code()), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        logIn(pao);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> certificates.mine().size() == 1);
        logIn(binh);
        assertThat(certificates.mine()).isEmpty();

        SecurityContextHolder.clearContext();
        Verification checked = certificates.verify(hers.code()).orElseThrow();
        assertThat(checked.valid()).isTrue();
        assertThat(checked.holderName()).isEqualTo("Bế Thị Hoa");
        assertThat(checked.award()).isEqualTo(hers.award());

        // the listener may run twice: still one certificate per person per idea
        CertificateSummary again = SystemTasks.runAsSystem(() -> certificates.issueAward(hoa.id(), first.id(),
                hers.award()));
        assertThat(again.code()).isEqualTo(hers.code());
        logIn(hoa);
        assertThat(certificates.mine()).hasSize(1);
    }
}
