package vn.tuoitreso.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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
import vn.tuoitreso.search.Search;
import vn.tuoitreso.search.SearchHit;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/**
 * The whole platform on Elasticsearch: an idea submitted while Elasticsearch is down is saved all the same, and
 * becomes searchable by itself once Elasticsearch is back (the incomplete event is handed over on a schedule).
 */
@PlatformTest
@DirtiesContext
class ElasticsearchCatchUpIT {

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", ElasticsearchTestServer::url);
        registry.add("app.search.elasticsearch.index", () -> "catch-up-it");
        registry.add("app.search.resubmit-after", () -> "PT0S");
        registry.add("app.search.resubmit-interval", () -> "PT2S");
    }

    @Autowired Search search;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;

    @AfterEach
    void reset() {
        ElasticsearchTestServer.start();
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_idea_submitted_while_elasticsearch_is_down_becomes_searchable_when_it_is_back_without_a_manual_step() {
        Assumptions.assumeTrue(ElasticsearchTestServer.controllable(),
                "an Elasticsearch the tests did not start cannot be stopped by them");
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Ban Tổ Chức Dự Phòng", Role.ORGANISER);
        AccountSummary contestant = people.create("Nông Thị Hạnh");
        AccountSummary admin = people.create("Quản Trị Tìm Kiếm", Role.ADMIN);
        TestAccounts.login(users, organiser);
        ContestSummary created = contests.create(new ContestDraft("Ý tưởng khi mất kết nối " + System.nanoTime(),
                "Thể lệ", null, null, 5, 5, 20, 50), Set.of());
        Instant now = clock.instant();
        contests.addRound(created.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null));
        ContestSummary contest = contests.publish(created.id(), true);
        TestAccounts.login(users, admin);
        await().atMost(Duration.ofMinutes(2)).pollInSameThread().until(() -> search.status().rebuild() == null
                || search.status().rebuild().finished());

        ElasticsearchTestServer.stop();
        TestAccounts.login(users, contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
        submissions.save(draft.id(), new IdeaDraft("Máy sấy thảo quả bằng năng lượng mặt trời ở Nguyên Bình",
                "Sấy thảo quả cho hợp tác xã.", "Mưa nhiều, thảo quả mốc.", "Nhà sấy năng lượng mặt trời.",
                "Tác động", "Khả thi", null, List.of(new TeamMember(null, "Lý Văn Phúc"))));
        SubmissionSummary sent = submissions.submit(draft.id());
        assertThat(sent.id()).as("submitting succeeds while search is down").isEqualTo(draft.id());

        TestAccounts.login(users, admin);
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> search.status().pendingEvents() > 0);
        assertThat(search.status().engine().up()).isFalse();

        ElasticsearchTestServer.start();
        long back = System.nanoTime();
        SearchQuery query = SearchQuery.of("may say thao qua").withContests(Set.of(contest.id()));
        await().atMost(Duration.ofMinutes(2)).pollInSameThread().ignoreExceptions().until(() -> search.search(query)
                .hits().stream().map(SearchHit::submissionId).toList().contains(draft.id()));
        System.out.printf("Search caught up %.1f s after Elasticsearch answered again%n",
                (System.nanoTime() - back) / 1e9);
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> search.status().pendingEvents() == 0);
    }
}
