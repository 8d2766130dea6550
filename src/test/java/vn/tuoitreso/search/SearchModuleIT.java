package vn.tuoitreso.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.search.index.IndexMaintenance;
import vn.tuoitreso.search.lucene.LuceneSearchEngine;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/**
 * The index follows the database: an idea submitted through the contest module becomes searchable, with the text of
 * its files; a withdrawal shows; and when the engine fails, the event's publication stays incomplete and is handed
 * over again until the idea is indexed.
 */
@PlatformTest
@Import(SearchModuleIT.FailingEngineConfiguration.class)
@TestPropertySource(properties = {"app.search.resubmit-after=PT0S", "app.search.resubmit-interval=PT24H"})
@DirtiesContext
class SearchModuleIT {

    @Autowired Search search;
    @Autowired IndexMaintenance maintenance;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Attachments attachments;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;
    @Autowired FailingEngine failing;

    @TempDir Path dir;

    AccountSummary organiser;
    AccountSummary contestant;
    AccountSummary judge;
    AccountSummary admin;
    ContestSummary contest;

    @BeforeEach
    void contestOpenForIdeas() {
        TestAccounts people = new TestAccounts(accounts, units);
        organiser = people.create("Ban Tổ Chức Tìm Kiếm", Role.ORGANISER);
        contestant = people.create("Đinh Thị Khuyên");
        judge = people.create("Giám Khảo Độc Lập", Role.JUDGE);
        admin = people.create("Quản Trị Chỉ Mục", Role.ADMIN);
        TestAccounts.login(users, organiser);
        ContestSummary created = contests.create(new ContestDraft("Ý tưởng sáng tạo " + System.nanoTime(),
                "Thể lệ", null, null, 5, 5, 20, 50), Set.of());
        Instant now = clock.instant();
        contests.addRound(created.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null));
        contest = contests.publish(created.id(), true);
    }

    @AfterEach
    void reset() {
        failing.fail.set(false);
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_idea_submitted_through_the_contest_is_found_with_the_text_of_its_file_and_blind_readers_see_no_names()
            throws IOException {
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
        submissions.save(draft.id(), idea("Vườn ươm cây mắc mật ở Thạch An", "Hà Nguyệt Quỳnh"));
        Path file = Files.writeString(dir.resolve("ke-hoach.txt"),
                "Kế hoạch chi tiết. Chị Hà Nguyệt Quỳnh chăm sóc vườn ươm; sản lượng lá mắc mật tăng gấp đôi.");
        attachments.attach(draft.id(), "ke-hoach.txt", file);
        submissions.submit(draft.id());

        TestAccounts.login(users, organiser);
        SearchQuery inContest = SearchQuery.of("mac mat thach an").withContests(Set.of(contest.id()));
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> ids(search.search(inContest)).contains(draft.id()));

        SearchQuery inFile = inContest.withText("san luong la mac mat");
        SearchHit hit = awaitHit(() -> search.search(inFile), draft.id(), h -> h.snippets().stream()
                .anyMatch(s -> "ke-hoach.txt".equals(s.fileName())));
        assertThat(hit.authors()).contains("Đinh Thị Khuyên", "Hà Nguyệt Quỳnh");
        assertThat(ids(search.search(inContest.withText("Hà Nguyệt Quỳnh")))).contains(draft.id());

        assertThat(search.search(inContest.withText("Hà Nguyệt Quỳnh").asBlind()).total()).isZero();
        assertThat(search.search(inContest.withText("Đinh Thị Khuyên").asBlind()).total()).isZero();
        SearchHit blind = search.search(inFile.asBlind()).hits().getFirst();
        assertThat(blind.authors()).isEmpty();
        assertThat(blind.snippets()).allSatisfy(s -> assertThat(VietnameseText.fold(s.text()))
                .doesNotContain("quynh", "khuyen"));

        TestAccounts.login(users, judge);
        assertThat(search.search(inContest).total()).as("a judge assigned nothing finds nothing").isZero();
        assertThat(search.similar(draft.id(), 5)).isEmpty();
    }

    @Test
    void a_withdrawn_idea_shows_as_withdrawn() {
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
        submissions.save(draft.id(), idea("Chợ phiên trực tuyến ở Trà Lĩnh", "Vi Văn Tường"));
        submissions.submit(draft.id());
        submissions.withdraw(draft.id());

        TestAccounts.login(users, organiser);
        SearchQuery query = SearchQuery.of("cho phien truc tuyen").withContests(Set.of(contest.id()))
                .withStatuses(Set.of("WITHDRAWN"));
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> ids(search.search(query)).contains(draft.id()));
    }

    @Test
    void when_the_engine_fails_the_event_stays_incomplete_and_its_resubmission_indexes_the_idea() {
        failing.fail.set(true);
        int failuresBefore = failing.failures.get();
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
        submissions.save(draft.id(), idea("Bản đồ số các điểm du lịch Phja Oắc", "Mông Thị Sáu"));
        submissions.submit(draft.id());

        TestAccounts.login(users, admin);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> failing.failures.get() > failuresBefore && search.status().pendingEvents() > 0);
        SearchQuery query = SearchQuery.of("phja oac").withContests(Set.of(contest.id()));
        assertThat(search.search(query).total()).isZero();

        failing.fail.set(false);
        maintenance.resubmitIncomplete();

        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> ids(search.search(query)).contains(draft.id()));
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> search.status().pendingEvents() == 0);
    }

    @Test
    void an_administrator_rebuilds_the_index_from_the_database() {
        // the platform rebuilds an empty index by itself when it starts; this test's rebuild must not meet that one
        TestAccounts.login(users, admin);
        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> search.status().rebuild() == null || search.status().rebuild().finished());
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
        submissions.save(draft.id(), idea("Thư viện số cho trường Pác Bó", "Hoàng Văn Thụ"));
        submissions.submit(draft.id());

        TestAccounts.login(users, admin);
        SearchQuery query = SearchQuery.of("thu vien so pac bo").withContests(Set.of(contest.id()));
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> ids(search.search(query)).contains(draft.id()));
        failing.delegate.deleteAll();
        assertThat(search.search(query).total()).isZero();

        search.rebuild();

        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> search.status().rebuild() != null && search.status().rebuild().finished());
        IndexStatus status = search.status();
        assertThat(status.rebuild().failed()).isFalse();
        assertThat(status.engine().documents()).isEqualTo(status.sentIdeas());
        assertThat(ids(search.search(query))).contains(draft.id());
    }

    private static IdeaDraft idea(String title, String teamMember) {
        return new IdeaDraft(title, "Tóm tắt ý tưởng: " + title + ".", "Vấn đề của bản.", "Giải pháp của đoàn viên.",
                "Tác động", "Khả thi", null, List.of(new TeamMember(null, teamMember)));
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::submissionId).toList();
    }

    private static SearchHit awaitHit(Supplier<SearchResult> search, long id,
            java.util.function.Predicate<SearchHit> condition) {
        return await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(
                () -> search.get().hits().stream().filter(h -> h.submissionId() == id && condition.test(h))
                        .findFirst().orElse(null), java.util.Objects::nonNull);
    }

    /** The real engine, made to fail on demand as an engine that is down would. */
    static final class FailingEngine implements SearchEngine {

        final LuceneSearchEngine delegate;
        final AtomicBoolean fail = new AtomicBoolean();
        final AtomicInteger failures = new AtomicInteger();

        FailingEngine(LuceneSearchEngine delegate) {
            this.delegate = delegate;
        }

        private void check() {
            if (fail.get()) {
                failures.incrementAndGet();
                throw new IllegalStateException("search engine unavailable (test)");
            }
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public void upsert(IndexedIdea idea) {
            check();
            delegate.upsert(idea);
        }

        @Override
        public void delete(long submissionId) {
            check();
            delegate.delete(submissionId);
        }

        @Override
        public void deleteAll() {
            check();
            delegate.deleteAll();
        }

        @Override
        public SearchResult search(SearchQuery query) {
            return delegate.search(query);
        }

        @Override
        public List<SearchHit> similar(long submissionId, SearchQuery scope, int limit) {
            return delegate.similar(submissionId, scope, limit);
        }

        @Override
        public EngineStatus status() {
            return delegate.status();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingEngineConfiguration {

        @Bean
        @Primary
        FailingEngine failingEngine(LuceneSearchEngine lucene) {
            return new FailingEngine(lucene);
        }
    }
}
