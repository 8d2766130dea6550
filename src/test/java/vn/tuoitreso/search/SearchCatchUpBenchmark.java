package vn.tuoitreso.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
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
import vn.tuoitreso.test.PlatformTest;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/**
 * How long after "Nộp" an idea can be found: the whole way through the platform (the contest's commit, the event,
 * the indexer reading the database, the engine), and for an attached file also its text extraction in the worker.
 * Prints p50/p95/max. Run it with
 * {@code ./mvnw -B -q test -Dtest=SearchCatchUpBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dsearch.catchup.n=40]}.
 */
@PlatformTest
class SearchCatchUpBenchmark {

    @Autowired Search search;
    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Attachments attachments;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;

    @TempDir Path dir;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_idea_sent_is_found_within_seconds() throws IOException {
        int n = Integer.getInteger("search.catchup.n", 40);
        TestAccounts people = new TestAccounts(accounts, units);
        AccountSummary organiser = people.create("Ban Tổ Chức Đo Tốc Độ", Role.ORGANISER);
        TestAccounts.login(users, organiser);
        ContestSummary created = contests.create(new ContestDraft("Đo thời gian tìm thấy " + System.nanoTime(),
                "Thể lệ", null, null, 5, 5, 20, 50), Set.of());
        Instant now = clock.instant();
        contests.addRound(created.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null));
        ContestSummary contest = contests.publish(created.id(), true);

        List<Double> text = new ArrayList<>();
        List<Double> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AccountSummary contestant = people.create("Thí Sinh Đo Tốc Độ");
            TestAccounts.login(users, contestant);
            String word = "madoxq" + i + "z";
            SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
            submissions.save(draft.id(), new IdeaDraft("Ý tưởng " + word, "Tóm tắt " + word + ".", "Vấn đề.",
                    "Giải pháp.", "Tác động", "Khả thi", null, List.of(new TeamMember(null, "Thí Sinh Đo Tốc Độ"))));
            boolean withFile = i % 4 == 0;
            String fileWord = "tepdoxq" + i + "z";
            if (withFile) {
                Path file = Files.writeString(dir.resolve("ke-hoach-" + i + ".txt"), "Kế hoạch chi tiết " + fileWord);
                attachments.attach(draft.id(), file.getFileName().toString(), file);
            }
            long start = System.nanoTime();
            submissions.submit(draft.id());

            TestAccounts.login(users, organiser);
            SearchQuery query = SearchQuery.of(word).withContests(Set.of(contest.id()));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).pollInSameThread()
                    .until(() -> search.search(query).total() == 1);
            text.add((System.nanoTime() - start) / 1e6);
            if (withFile) {
                SearchQuery inFile = SearchQuery.of(fileWord).withContests(Set.of(contest.id()));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).pollInSameThread()
                        .until(() -> search.search(inFile).total() == 1);
                files.add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.println(line("an idea's own text", text));
        System.out.println(line("the text of its attached file", files));
        assertThat(text).hasSize(n);
    }

    private static String line(String what, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "Found after sending, %s (%d ideas): p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                what, sorted.size(), sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1), sorted.getLast());
    }
}
