package vn.tuoitreso.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

@PlatformTest
class ContestsIT extends ContestScenario {


    long unitId;

    @BeforeEach
    void pickUnit() {
        unitId = people().anyUnitId();
    }

    @Test
    void an_organiser_renames_a_category_and_removes_one_no_idea_uses() {
        TestAccounts.login(users, organiser);
        ContestSummary contest = contests.create(settings(), Set.of(unitId));
        contests.addCategory(contest.id(), "Học tập");
        ContestSummary two = contests.addCategory(contest.id(), "Lao động");
        assertThat(two.eligibleUnits()).containsExactly(unitId);

        long first = two.categories().get(0).id();
        ContestSummary renamed = contests.renameCategory(first, "  Học tập suốt đời ");
        assertThat(renamed.categories()).extracting(ContestSummary.Named::name).containsExactly("Học tập suốt đời",
                "Lao động");
        assertThatThrownBy(() -> contests.renameCategory(first, " ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.concerns("name")).isTrue());

        ContestSummary removed = contests.removeCategory(two.categories().get(1).id());
        assertThat(removed.categories()).extracting(ContestSummary.Named::name).containsExactly("Học tập suốt đời");
        assertThat(contests.get(contest.id()).categories()).hasSize(1);
    }

    @Test
    void a_category_an_idea_has_chosen_is_not_removed() {
        TestAccounts.login(users, organiser);
        ContestSummary contest = contests.create(settings(), Set.of());
        long category = contests.addCategory(contest.id(), "Công tác").categories().get(0).id();
        Instant now = clock.instant();
        long round = contests.addRound(contest.id(), new RoundDraft("Vòng 1", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(3)), null, null)).rounds().get(0).id();
        contests.publish(contest.id(), true);

        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(round);
        submissions.save(draft.id(), new IdeaDraft("Ý tưởng dùng chuyên mục", "", "", "", "", "", category, List.of()));

        TestAccounts.login(users, organiser);
        assertThatThrownBy(() -> contests.removeCategory(category)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.admin.categoryInUse"));
        assertThat(contests.get(contest.id()).categories()).hasSize(1);
    }

    @Test
    void a_round_is_replanned_with_the_same_checks_as_a_new_one() {
        TestAccounts.login(users, organiser);
        ContestSummary contest = contests.create(settings(), Set.of());
        Instant now = clock.instant();
        long round = contests.addRound(contest.id(), new RoundDraft("Vòng sơ khảo", now, now.plus(Duration.ofDays(7)),
                null, null)).rounds().get(0).id();

        ContestSummary moved = contests.updateRound(round, new RoundDraft("Vòng chung khảo", now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(15)), now.plus(Duration.ofDays(20))));
        RoundDraft plan = moved.rounds().get(0).plan();
        assertThat(plan.name()).isEqualTo("Vòng chung khảo");
        assertThat(plan.submissionCloses()).isEqualTo(now.plus(Duration.ofDays(14)));
        assertThat(plan.reviewOpens()).isEqualTo(now.plus(Duration.ofDays(15)));
        assertThat(moved.rounds().get(0).openNow()).isFalse();

        assertThatThrownBy(() -> contests.updateRound(round, new RoundDraft("Ngược", now.plus(Duration.ofDays(2)), now,
                null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.validation.round"));
        assertThatThrownBy(() -> contests.updateRound(round, new RoundDraft("Chấm ngược", now,
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(4)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("review")).isTrue());
        assertThat(contests.get(contest.id()).rounds().get(0).plan().name()).isEqualTo("Vòng chung khảo");
    }

    @Test
    void a_hidden_contest_is_read_by_organisers_only_and_only_organisers_change_contests() {
        TestAccounts.login(users, organiser);
        ContestSummary hidden = contests.create(settings(), Set.of());
        long category = contests.addCategory(hidden.id(), "Học tập").categories().get(0).id();
        assertThat(contests.get(hidden.id()).settings().title()).isEqualTo(settings().title());

        TestAccounts.login(users, contestant);
        assertThatThrownBy(() -> contests.get(hidden.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.notFound"));
        assertThatThrownBy(() -> contests.renameCategory(category, "Khác")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contests.removeCategory(category)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contests.updateRound(1L, new RoundDraft("X", clock.instant(),
                clock.instant().plusSeconds(60), null, null))).isInstanceOf(AccessDeniedException.class);
    }

    private static ContestDraft settings() {
        return new ContestDraft("Sáng kiến thanh niên vùng cao", "Thể lệ ngắn.", 16, 35, 5, 5, 20, 50);
    }
}
