package vn.tuoitreso.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;

@PlatformTest
@RecordApplicationEvents
class SubmissionsIT extends ContestScenario {

    @Autowired ApplicationEvents events;

    @Autowired Invitations invitations;

    @Test
    void a_contestant_drafts_submits_revises_and_withdraws_an_idea() {
        ContestSummary contest = contest(null);
        long round = contest.rounds().get(0).id();
        long category = contest.categories().get(1).id();
        TestAccounts.login(users, contestant);

        SubmissionSummary draft = submissions.start(round);
        assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(draft.code()).matches("YT-[A-Z2-9]{8}");
        SubmissionSummary sent = submissions.submit(draft.id(), idea("Sổ tay số cho hợp tác xã chè", category),
                draft.version());
        assertThat(sent.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(sent.revision()).isEqualTo(1);

        assertThat(submissions.submit(draft.id(), idea("Sổ tay số cho hợp tác xã hạt dẻ Trùng Khánh", category),
                sent.version()).revision()).isEqualTo(2);
        assertThat(submissions.revisions(draft.id())).hasSize(2)
                .satisfies(list -> assertThat(list.get(0)).contains("Sổ tay số cho hợp tác xã chè\""));
        assertThat(events.stream(SubmissionSubmitted.class)).extracting(SubmissionSubmitted::revision)
                .containsExactly(1);
        assertThat(events.stream(SubmissionUpdated.class)).extracting(SubmissionUpdated::revision)
                .containsExactly(2);

        assertThat(submissions.history(draft.id())).extracting(SentRevision::revision, r -> r.idea().title())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Sổ tay số cho hợp tác xã hạt dẻ Trùng Khánh"),
                        org.assertj.core.groups.Tuple.tuple(1, "Sổ tay số cho hợp tác xã chè"));

        assertThat(submissions.withdraw(draft.id()).status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(events.stream(SubmissionWithdrawn.class)).hasSize(1);
        assertThatThrownBy(() -> submissions.submit(draft.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_form_opened_before_the_deadline_and_sent_after_it_is_refused_and_the_draft_is_kept() {
        ContestSummary contest = contest(null);
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        SubmissionSummary saved = submissions.save(draft.id(), idea("Bản đồ số các điểm du lịch", null),
                draft.version());

        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> submissions.submit(draft.id(), idea("Bản đồ số các điểm du lịch cộng đồng", null),
                saved.version())).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.submission.closed"));
        SubmissionSummary kept = submissions.mine().stream().filter(s -> s.id() == draft.id()).findFirst().orElseThrow();
        assertThat(kept.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(kept.idea().title()).as("what was typed last").isEqualTo("Bản đồ số các điểm du lịch cộng đồng");
        assertThat(submissions.revisions(draft.id())).isEmpty();
        assertThat(events.stream(SubmissionSubmitted.class)).isEmpty();
    }

    @Test
    void an_incomplete_idea_is_not_submitted_and_eligibility_is_checked() {
        ContestSummary open = contest(null);
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(open.rounds().get(0).id());
        assertThatThrownBy(() -> submissions.submit(draft.id(), new IdeaDraft("", " ", "", "", "", "", null,
                List.of()), draft.version())).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                                .contains("category", "title", "summary", "problem", "solution"));

        ContestSummary young = contest(15);
        TestAccounts.login(users, contestant);
        assertThatThrownBy(() -> submissions.start(young.rounds().get(0).id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.notEligible"));
        assertThatThrownBy(() -> contests.create(settings(null), Set.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_invitation_tells_the_contestant_nothing_about_whether_the_contact_has_an_account() {
        AccountSummary friend = new TestAccounts(accounts, units).create("Mùa A Bạn");
        ContestSummary contest = contest(null);
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        SentInvitation toFriend = invitations.invite(draft.id(), friend.contact().toUpperCase(java.util.Locale.ROOT));
        SentInvitation toNobody = invitations.invite(draft.id(), TestAccounts.uniqueEmail("khong-co"));
        assertThat(toFriend.status()).isEqualTo(toNobody.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(toFriend.contact()).isEqualTo(friend.contact());
        assertThat(invitations.sent(draft.id())).hasSize(2).allSatisfy(i -> assertThat(i.toString()).doesNotContain("Mùa"));
        assertThat(submissions.get(draft.id()).idea().team()).isEmpty();
        assertThatThrownBy(() -> accounts.lookUp(friend.contact()))
                .as("no way left to turn a contact into a name").isInstanceOf(AccessDeniedException.class);

        TestAccounts.login(users, friend);
        assertThat(invitations.mine()).singleElement().satisfies(i -> {
            assertThat(i.inviterName()).isEqualTo(contestant.fullName());
            assertThat(i.contestTitle()).isEqualTo(contest.settings().title());
        });
        assertThatThrownBy(() -> submissions.get(draft.id())).as("not in the team before accepting")
                .isInstanceOf(InvalidInputException.class);
        invitations.accept(toFriend.id());
        assertThat(invitations.mine()).isEmpty();
        assertThat(submissions.get(draft.id()).id()).isEqualTo(draft.id());

        TestAccounts.login(users, contestant);
        assertThat(submissions.get(draft.id()).idea().team()).extracting(TeamMember::fullName).containsExactly("Mùa A Bạn");
        assertThat(invitations.sent(draft.id())).extracting(SentInvitation::contact)
                .containsExactly(toNobody.contact());
    }

    @Test
    void nobody_else_answers_an_invitation_and_an_account_cannot_be_put_in_a_team_without_accepting() {
        AccountSummary friend = new TestAccounts(accounts, units).create("Hầu A Lử");
        AccountSummary stranger = new TestAccounts(accounts, units).create("Người Lạ Mặt");
        ContestSummary contest = contest(null);
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        submissions.save(draft.id(), new IdeaDraft("Ý tưởng", "", "", "", "", "", null,
                List.of(new TeamMember(friend.id(), "Hầu A Lử"))), draft.version());
        assertThat(submissions.get(draft.id()).idea().team()).as("an account joins only by accepting").isEmpty();
        long invitation = invitations.invite(draft.id(), friend.contact()).id();

        TestAccounts.login(users, stranger);
        assertThat(invitations.mine()).isEmpty();
        assertThatThrownBy(() -> invitations.accept(invitation)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> invitations.sent(draft.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> invitations.invite(draft.id(), stranger.contact())).isInstanceOf(InvalidInputException.class);

        TestAccounts.login(users, friend);
        invitations.decline(invitation);
        assertThatThrownBy(() -> invitations.accept(invitation)).isInstanceOf(InvalidInputException.class);
        TestAccounts.login(users, contestant);
        assertThat(submissions.get(draft.id()).idea().team()).isEmpty();
    }

    @Test
    void a_receipt_keeps_the_team_it_was_sent_with_until_the_next_revision() {
        AccountSummary friend = new TestAccounts(accounts, units).create("Triệu Thị Mây");
        ContestSummary contest = contest(null);
        long category = contest.categories().get(0).id();
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        long invitation = invitations.invite(draft.id(), friend.contact()).id();
        SubmissionSummary sent = submissions.submit(draft.id(), idea("Chợ phiên trực tuyến", category), draft.version());
        assertThat(submissions.receipt(sent.code()).team()).containsExactly("Lò Văn Bạn");

        TestAccounts.login(users, friend);
        invitations.accept(invitation);
        TestAccounts.login(users, contestant);
        assertThat(submissions.receipt(sent.code()).team()).as("as sent").containsExactly("Lò Văn Bạn");
        SubmissionSummary again = submissions.submit(draft.id(), idea("Chợ phiên trực tuyến", category),
                submissions.get(draft.id()).version());
        assertThat(submissions.receipt(again.code()).team()).containsExactly("Triệu Thị Mây", "Lò Văn Bạn");
        TestAccounts.login(users, organiser);
        assertThat(submissions.list(SubmissionFilter.all(contest.id()))).singleElement()
                .satisfies(row -> assertThat(row.teamNames()).isEqualTo("Triệu Thị Mây, Lò Văn Bạn"));
    }

    @Test
    void invitations_waiting_for_an_answer_count_in_the_team_limit() {
        ContestSummary contest = publishedContest(new ContestDraft("Cuộc thi nhóm ba " + System.nanoTime(),
                "## Thể lệ\n\nNhóm tối đa 3 người.", null, null, 3, 5, 20, 50), List.of());
        SecurityContextHolder.clearContext();
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        invitations.invite(draft.id(), TestAccounts.uniqueEmail("mot"));
        invitations.invite(draft.id(), TestAccounts.uniqueEmail("hai"));
        assertThatThrownBy(() -> invitations.invite(draft.id(), TestAccounts.uniqueEmail("ba")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("contest.validation.teamSize"));
        assertThatThrownBy(() -> submissions.save(draft.id(), new IdeaDraft("Nhóm", "", "", "", "", "", null,
                List.of(new TeamMember(null, "Người Thứ Tư"))), draft.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("contest.validation.teamSize"));
    }

    @Test
    void one_account_sends_a_limited_number_of_invitations_a_day() {
        AccountSummary busy = new TestAccounts(accounts, units).create("Người Mời Nhiều");
        ContestSummary contest = publishedContest(new ContestDraft("Cuộc thi nhóm lớn " + System.nanoTime(),
                "## Thể lệ\n\nNhóm lớn.", null, null, 40, 5, 20, 50), List.of());
        SecurityContextHolder.clearContext();
        TestAccounts.login(users, busy);
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        for (int i = 0; i < Invitations.PER_DAY; i++) {
            invitations.invite(draft.id(), "09" + String.format("%08d", (System.nanoTime() + i) % 100_000_000L));
        }
        assertThatThrownBy(() -> invitations.invite(draft.id(), TestAccounts.uniqueEmail("them")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("contest.invite.tooMany"));
        clock.advance(Duration.ofHours(25));
        assertThat(invitations.invite(draft.id(), TestAccounts.uniqueEmail("ngay-mai")).status())
                .isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void a_failed_resubmission_leaves_the_sent_revision_its_receipt_and_the_organisers_row_as_they_were() {
        ContestSummary contest = contest(null);
        long category = contest.categories().get(0).id();
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        SubmissionSummary first = submissions.submit(draft.id(), idea("Học bạ số cho điểm trường vùng cao", category),
                draft.version());
        Receipt before = submissions.receipt(first.code());

        clock.advance(Duration.ofHours(2));
        IdeaDraft incomplete = new IdeaDraft("Học bạ số, bản chưa xong", " ", "Vấn đề mới", "Giải pháp mới", "", "",
                category, List.of());
        assertThatThrownBy(() -> submissions.submit(draft.id(), incomplete, first.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("summary")).isTrue());
        assertThatThrownBy(() -> submissions.save(draft.id(), incomplete, first.version()))
                .as("a submitted idea is not changed by saving")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("contest.submission.sendRevision"));

        assertThat(submissions.receipt(first.code())).isEqualTo(before);
        assertThat(before.revision()).isEqualTo(1);
        assertThat(before.title()).isEqualTo("Học bạ số cho điểm trường vùng cao");
        SubmissionSummary mine = submissions.get(draft.id());
        assertThat(mine.idea().title()).isEqualTo("Học bạ số cho điểm trường vùng cao");
        assertThat(mine.version()).isEqualTo(first.version());
        assertThat(submissions.revisions(draft.id())).hasSize(1);
        assertThat(events.stream(SubmissionUpdated.class)).isEmpty();

        TestAccounts.login(users, organiser);
        assertThat(submissions.list(SubmissionFilter.all(contest.id()))).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Học bạ số cho điểm trường vùng cao");
            assertThat(row.revision()).isEqualTo(1);
            assertThat(row.submittedAt()).isEqualTo(before.sentAt());
            assertThat(row.teamNames()).isEqualTo("Lò Văn Bạn");
        });
    }

    @Test
    void of_two_tabs_editing_one_draft_the_second_is_refused_and_nothing_is_overwritten() {
        ContestSummary contest = contest(null);
        long category = contest.categories().get(0).id();
        TestAccounts.login(users, contestant);
        SubmissionSummary opened = submissions.start(contest.rounds().get(0).id());

        SubmissionSummary firstTab = submissions.save(opened.id(), idea("Ý tưởng của tab thứ nhất", category),
                opened.version());
        assertThat(firstTab.version()).isGreaterThan(opened.version());
        assertThatThrownBy(() -> submissions.save(opened.id(), idea("Ý tưởng của tab thứ hai", category),
                opened.version())).isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.stale"));
        assertThatThrownBy(() -> submissions.submit(opened.id(), idea("Ý tưởng của tab thứ hai", category),
                opened.version())).isInstanceOf(StaleEditException.class);

        SubmissionSummary stored = submissions.get(opened.id());
        assertThat(stored.idea().title()).isEqualTo("Ý tưởng của tab thứ nhất");
        assertThat(stored.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(submissions.revisions(opened.id())).isEmpty();

        SubmissionSummary sent = submissions.submit(opened.id(), idea("Ý tưởng của tab thứ nhất", category),
                stored.version());
        assertThatThrownBy(() -> submissions.submit(opened.id(), idea("Bản cũ của tab thứ hai", category),
                stored.version())).as("a revision from an out-of-date tab").isInstanceOf(StaleEditException.class);
        assertThat(submissions.receipt(sent.code()).title()).isEqualTo("Ý tưởng của tab thứ nhất");
        assertThat(submissions.revisions(opened.id())).hasSize(1);
    }

    @Test
    void the_contestant_counts_in_the_team_limit() {
        ContestSummary contest = publishedContest(new ContestDraft("Cuộc thi nhóm nhỏ " + System.nanoTime(),
                "## Thể lệ\n\nNhóm tối đa 3 người.", null, null, 3, 5, 20, 50), List.of());
        SecurityContextHolder.clearContext();
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        IdeaDraft four = new IdeaDraft("Nhóm bốn người", "Tóm tắt", "Vấn đề", "Giải pháp", "Tác động", "Khả thi", null,
                List.of(new TeamMember(null, "Nông Văn Một"), new TeamMember(null, "Bế Thị Hai"),
                        new TeamMember(null, "Lục Văn Ba")));
        assertThatThrownBy(() -> submissions.submit(draft.id(), four, draft.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("contest.validation.teamSize"));
        SubmissionSummary kept = submissions.mine().stream().filter(s -> s.id() == draft.id()).findFirst().orElseThrow();
        IdeaDraft three = new IdeaDraft("Nhóm ba người", "Tóm tắt", "Vấn đề", "Giải pháp", "Tác động", "Khả thi", null,
                List.of(new TeamMember(null, "Nông Văn Một"), new TeamMember(null, "Bế Thị Hai")));
        assertThat(submissions.submit(draft.id(), three, kept.version()).status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void an_idea_is_not_withdrawn_once_its_round_stops_taking_submissions() {
        ContestSummary contest = contest(null);
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().get(0).id());
        Long category = contest.categories().get(0).id();
        SubmissionSummary sent = submissions.submit(draft.id(), idea("Sổ điểm danh số cho lớp học", category),
                draft.version());

        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> submissions.withdraw(sent.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("contest.withdraw.closed"));
        assertThat(submissions.mine().stream().filter(s -> s.id() == sent.id()).findFirst().orElseThrow().status())
                .isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void writing_an_idea_again_reopens_the_contestants_idea_in_the_round_when_the_contest_allows_one() {
        ContestSummary contest = contest(null);
        long round = contest.rounds().get(0).id();
        Long category = contest.categories().get(0).id();
        TestAccounts.login(users, contestant);

        SubmissionSummary draft = submissions.start(round);
        assertThat(submissions.start(round).id()).as("an empty draft is opened again").isEqualTo(draft.id());
        SubmissionSummary written = submissions.save(draft.id(), idea("Bản đồ số khu di tích Kim Đồng", category));
        assertThat(submissions.start(round).id()).as("a written draft too").isEqualTo(draft.id());
        submissions.submit(draft.id(), idea("Bản đồ số khu di tích Kim Đồng", category), written.version());
        assertThat(submissions.start(round).id()).as("and a submitted idea").isEqualTo(draft.id());
        assertThat(submissions.mine()).filteredOn(s -> s.roundId() == round).hasSize(1);

        submissions.withdraw(draft.id());
        SubmissionSummary another = submissions.start(round);
        assertThat(another.id()).as("a withdrawn idea leaves room for another").isNotEqualTo(draft.id());
        assertThat(another.status()).isEqualTo(SubmissionStatus.DRAFT);
    }

    @Test
    void a_contest_allowing_two_ideas_per_round_opens_a_second_idea_and_no_empty_one_beyond() {
        ContestSummary contest = publishedContest(settings(null).withIdeasPerRound(2), List.of("Học tập"));
        SecurityContextHolder.clearContext();
        long round = contest.rounds().get(0).id();
        Long category = contest.categories().get(0).id();
        TestAccounts.login(users, contestant);

        SubmissionSummary first = submissions.start(round);
        submissions.save(first.id(), idea("Chợ hạt dẻ Trùng Khánh trên điện thoại", category));
        SubmissionSummary second = submissions.start(round);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(submissions.start(round).id()).as("the empty second draft, not a third").isEqualTo(second.id());
        submissions.save(second.id(), idea("Sổ tay du lịch Bảo Lạc", category));
        assertThat(submissions.start(round).id()).as("the limit reached: the latest idea").isEqualTo(second.id());
        assertThat(submissions.mine()).filteredOn(s -> s.roundId() == round).hasSize(2);
    }

    @Test
    void an_empty_draft_is_not_an_entry_in_the_organisers_list() {
        ContestSummary contest = contest(null);
        long round = contest.rounds().get(0).id();
        TestAccounts.login(users, contestant);
        SubmissionSummary empty = submissions.start(round);
        TestAccounts.login(users, organiser);
        assertThat(submissions.list(SubmissionFilter.all(contest.id()))).isEmpty();

        TestAccounts.login(users, contestant);
        submissions.save(empty.id(), new IdeaDraft("Ý tưởng mới bắt đầu", "", "", "", "", "", null, List.of()));
        TestAccounts.login(users, organiser);
        assertThat(submissions.list(SubmissionFilter.all(contest.id()))).extracting(SubmissionRow::id)
                .containsExactly(empty.id());
    }

    @Test
    void ideas_per_round_are_between_one_and_the_most_allowed() {
        TestAccounts.login(users, organiser);
        assertThatThrownBy(() -> contests.create(settings(null).withIdeasPerRound(0), Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("contest.validation.ideasPerRound"));
        assertThat(contests.create(settings(null).withIdeasPerRound(3), Set.of()).settings().ideasPerRound())
                .isEqualTo(3);
    }

    private ContestSummary contest(Integer maxAge) {
        ContestSummary published = publishedContest(settings(maxAge), List.of("Học tập", "Lao động", "Công tác"));
        SecurityContextHolder.clearContext();
        return published;
    }

    private static ContestDraft settings(Integer maxAge) {
        return new ContestDraft("Cuộc thi thử: ý tưởng chuyển đổi số trong học tập",
                "## Thể lệ\n\nMỗi thí sinh gửi tối đa 2 ý tưởng.", null, maxAge, 5, 5, 20, 50);
    }

    private static IdeaDraft idea(String title, Long category) {
        return new IdeaDraft(title, "Tóm tắt ý tưởng", "Vấn đề: ghi chép giấy dễ thất lạc",
                "Giải pháp: ứng dụng ghi chép trên điện thoại", "Tác động", "Khả thi, chi phí thấp", category,
                List.of(new TeamMember(null, "Lò Văn Bạn")));
    }
}
