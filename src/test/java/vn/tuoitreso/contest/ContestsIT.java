package vn.tuoitreso.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

        ContestSummary.Named first = two.categories().get(0);
        ContestSummary renamed = contests.renameCategory(first.id(), "  Học tập suốt đời ", first.version());
        assertThat(renamed.categories()).extracting(ContestSummary.Named::name).containsExactly("Học tập suốt đời",
                "Lao động");
        long renamedVersion = renamed.categories().get(0).version();
        assertThatThrownBy(() -> contests.renameCategory(first.id(), " ", renamedVersion)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.concerns("name")).isTrue());

        ContestSummary.Named second = two.categories().get(1);
        ContestSummary removed = contests.removeCategory(second.id(), second.version());
        assertThat(removed.categories()).extracting(ContestSummary.Named::name).containsExactly("Học tập suốt đời");
        assertThat(contests.get(contest.id()).categories()).hasSize(1);
    }

    @Test
    void a_category_an_idea_has_chosen_is_not_removed() {
        TestAccounts.login(users, organiser);
        ContestSummary contest = contests.create(settings(), Set.of());
        ContestSummary.Named chosen = contests.addCategory(contest.id(), "Công tác").categories().get(0);
        long category = chosen.id();
        Instant now = clock.instant();
        long round = contests.addRound(contest.id(), new RoundDraft("Vòng 1", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(3)), null, null)).rounds().get(0).id();
        contests.publish(contest.id(), true);

        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(round);
        submissions.save(draft.id(), new IdeaDraft("Ý tưởng dùng chuyên mục", "", "", "", "", "", category, List.of()));

        TestAccounts.login(users, organiser);
        assertThatThrownBy(() -> contests.removeCategory(category, chosen.version())).isInstanceOfSatisfying(
                InvalidInputException.class,
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
        assertThat(moved.rounds().get(0).notYetOpen()).as("a future round is labelled as not open yet").isTrue();

        long version = plan.version();
        assertThatThrownBy(() -> contests.updateRound(round, new RoundDraft("Ngược", now.plus(Duration.ofDays(2)), now,
                null, null, version))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.validation.round"));
        assertThatThrownBy(() -> contests.updateRound(round, new RoundDraft("Chấm ngược", now,
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(4)), version)))
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
        assertThatThrownBy(() -> contests.renameCategory(category, "Khác", 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contests.removeCategory(category, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contests.updateRound(1L, new RoundDraft("X", clock.instant(),
                clock.instant().plusSeconds(60), null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void of_two_organisers_saving_settings_read_at_the_same_version_the_second_is_refused_and_nothing_is_overwritten() {
        TestAccounts.login(users, organiser);
        ContestSummary read = contests.create(settings(), Set.of());
        ContestDraft seen = read.settings();

        contests.update(read.id(), withTitle(seen, "Sáng kiến của người thứ nhất"), Set.of());
        assertThatThrownBy(() -> contests.update(read.id(), withTitle(seen, "Sáng kiến của người thứ hai"),
                Set.of(unitId))).isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.stale"));

        ContestSummary stored = contests.get(read.id());
        assertThat(stored.settings().title()).isEqualTo("Sáng kiến của người thứ nhất");
        assertThat(stored.eligibleUnits()).isEmpty();
        ContestSummary reloaded = contests.update(read.id(), withTitle(stored.settings(), "Sau khi tải lại"), Set.of());
        assertThat(reloaded.settings().title()).isEqualTo("Sau khi tải lại");
        assertThat(reloaded.settings().version()).isGreaterThan(stored.settings().version());
    }

    @Test
    void publishing_does_not_make_an_organisers_open_settings_out_of_date() {
        TestAccounts.login(users, organiser);
        ContestSummary read = contests.create(settings(), Set.of());
        Instant now = clock.instant();
        contests.addRound(read.id(), new RoundDraft("Vòng 1", now, now.plus(Duration.ofDays(3)), null, null));
        contests.addCategory(read.id(), "Học tập");

        contests.publish(read.id(), true);
        ContestSummary saved = contests.update(read.id(), withTitle(read.settings(), "Vẫn lưu được"), Set.of());
        assertThat(saved.settings().title()).isEqualTo("Vẫn lưu được");
        assertThat(saved.published()).isTrue();
    }

    @Test
    void of_two_organisers_changing_one_category_the_second_is_refused_and_the_first_change_stays() {
        TestAccounts.login(users, organiser);
        ContestSummary contest = contests.create(settings(), Set.of());
        ContestSummary.Named seen = contests.addCategory(contest.id(), "Học tập").categories().get(0);

        contests.renameCategory(seen.id(), "Học tập số", seen.version());
        assertThatThrownBy(() -> contests.renameCategory(seen.id(), "Học tập trực tuyến", seen.version()))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.stale"));
        assertThatThrownBy(() -> contests.removeCategory(seen.id(), seen.version()))
                .as("a category renamed meanwhile is not removed from the old screen")
                .isInstanceOf(StaleEditException.class);

        assertThat(contests.get(contest.id()).categories()).extracting(ContestSummary.Named::name)
                .containsExactly("Học tập số");
    }

    @Test
    void of_two_organisers_replanning_one_round_the_second_is_refused_and_the_first_plan_stays() {
        TestAccounts.login(users, organiser);
        ContestSummary contest = contests.create(settings(), Set.of());
        Instant now = clock.instant();
        ContestSummary.RoundSummary seen = contests.addRound(contest.id(), new RoundDraft("Vòng sơ khảo", now,
                now.plus(Duration.ofDays(7)), null, null)).rounds().get(0);
        RoundDraft plan = seen.plan();

        contests.updateRound(seen.id(), new RoundDraft("Vòng sơ khảo (gia hạn)", plan.submissionOpens(),
                now.plus(Duration.ofDays(10)), null, null, plan.version()));
        assertThatThrownBy(() -> contests.updateRound(seen.id(), new RoundDraft("Vòng sơ khảo (rút ngắn)",
                plan.submissionOpens(), now.plus(Duration.ofDays(5)), null, null, plan.version())))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.stale"));

        RoundDraft stored = contests.get(contest.id()).rounds().get(0).plan();
        assertThat(stored.name()).isEqualTo("Vòng sơ khảo (gia hạn)");
        assertThat(stored.submissionCloses()).isEqualTo(now.plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MICROS));
    }

    private static ContestDraft withTitle(ContestDraft d, String title) {
        return new ContestDraft(title, d.rules(), d.minAge(), d.maxAge(), d.maxTeamSize(), d.maxAttachments(),
                d.maxAttachmentMb(), d.maxTotalMb(), d.ideasPerRound(), d.version());
    }

    private static ContestDraft settings() {
        return new ContestDraft("Sáng kiến thanh niên vùng cao", "Thể lệ ngắn.", 16, 35, 5, 5, 20, 50);
    }
}
