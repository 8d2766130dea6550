package vn.tuoitreso.contest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/** An organiser and a contestant, a way to publish a contest with an open round, and a clean clock after each test. */
abstract class ContestScenario {

    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;

    AccountSummary organiser;
    AccountSummary contestant;

    @BeforeEach
    void createOrganiserAndContestant() {
        TestAccounts testAccounts = people();
        organiser = testAccounts.create("Ban Tổ Chức Hội Thi", Role.ORGANISER);
        contestant = testAccounts.create("Thí Sinh Sáng Tạo");
    }

    @AfterEach
    void resetClockAndCaller() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    TestAccounts people() {
        return new TestAccounts(accounts, units);
    }

    void logIn(AccountSummary account) {
        TestAccounts.login(users, account);
    }

    /** Published by the organiser with these categories and one round open from yesterday for a week; the contestant is then the caller. */
    ContestSummary publishedContest(ContestDraft settings, List<String> categories) {
        logIn(organiser);
        ContestSummary contest = contests.create(settings, Set.of());
        categories.forEach(name -> contests.addCategory(contest.id(), name));
        Instant now = clock.instant();
        contests.addRound(contest.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null));
        ContestSummary published = contests.publish(contest.id(), true);
        logIn(contestant);
        return published;
    }
}
