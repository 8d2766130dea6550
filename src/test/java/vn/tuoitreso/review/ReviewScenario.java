package vn.tuoitreso.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
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
import vn.tuoitreso.documents.HostileCorpus;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Registration;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.SystemTasks;
import vn.tuoitreso.test.TestAccounts;
import vn.tuoitreso.test.TestClock;

/** A published contest with an open round, people in chosen units, and submitted ideas, made through the real services. */
abstract class ReviewScenario {

    @Autowired Contests contests;
    @Autowired Submissions submissions;
    @Autowired Attachments attachments;
    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;
    @Autowired Panels panels;
    @Autowired Judging judging;
    @Autowired Feedback feedback;

    @AfterEach
    void resetClockAndCaller() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    void logIn(AccountSummary account) {
        TestAccounts.login(users, account);
    }

    List<Long> unitIds() {
        return SystemTasks.runAsSystem(() -> units.tree().stream().map(UnitSummary::id).toList());
    }

    AccountSummary person(String fullName, long unitId, Role... roles) {
        SecurityContextHolder.clearContext();
        AccountSummary account = accounts.register(new Registration(fullName, TestAccounts.uniqueEmail("review"),
                TestAccounts.PASSWORD, 2003, unitId));
        if (roles.length > 0) {
            Set<Role> all = new java.util.HashSet<>(Set.of(roles));
            all.add(Role.LEARNER);
            return SystemTasks.runAsSystem(() -> accounts.changeRoles(account.id(), all));
        }
        return account;
    }

    /** Published by the organiser with these categories and one round open from yesterday for a week. */
    ContestSummary contest(AccountSummary organiser, String... categories) {
        logIn(organiser);
        ContestSummary contest = contests.create(new ContestDraft("Hội thi ý tưởng số " + System.nanoTime(),
                "Thể lệ", null, null, 5, 5, 10, 50), Set.of());
        for (String name : categories) {
            contests.addCategory(contest.id(), name);
        }
        Instant now = clock.instant();
        contests.addRound(contest.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(7)), null, null));
        return contests.publish(contest.id(), true);
    }

    /** An idea sent by the contestant (with these team members and, if given, a PDF); the caller is then nobody. */
    SubmissionSummary idea(AccountSummary contestant, ContestSummary contest, int category, String title,
            List<TeamMember> team, Path pdf) throws IOException {
        logIn(contestant);
        SubmissionSummary draft = submissions.start(contest.rounds().getFirst().id());
        submissions.save(draft.id(), new IdeaDraft(title, "Tóm tắt " + title, "Vấn đề", "Giải pháp", "Hiệu quả",
                "Khả thi", contest.categories().get(category).id(), team));
        if (pdf != null) {
            attachments.attach(draft.id(), contestant.fullName() + " - thuyết minh.pdf",
                    HostileCorpus.pdf(pdf, "Thuyết minh của " + title, "Trang hai"));
        }
        SubmissionSummary sent = submissions.submit(draft.id());
        SecurityContextHolder.clearContext();
        return sent;
    }

    /**
     * The organiser's panel of these two judges (two per idea, blind), assigned as proposed; each judge then submits
     * every idea's scores at the share of each criterion's maximum given for it (rounded to halves).
     */
    PanelSummary judged(AccountSummary organiser, ContestSummary contest, List<AccountSummary> judges,
            Map<Long, Double> share) {
        logIn(organiser);
        PanelSummary panel = panels.open(contest.rounds().getFirst().id());
        panel = panels.configure(panel.id(), new PanelSettings(true, 2, false,
                judges.stream().map(AccountSummary::id).collect(Collectors.toSet()),
                panel.settings().version()));
        panels.confirm(panel.id(), panels.propose(panel.id()).pairs());
        for (AccountSummary judge : judges) {
            logIn(judge);
            for (QueueItem item : judging.queue("")) {
                ScoreSheet sheet = judging.sheet(item.assignmentId());
                Map<Long, Double> scores = new HashMap<>();
                sheet.rubric().forEach(c -> scores.put(c.id(),
                        Math.round(c.max() * share.get(item.submissionId()) * 2) / 2.0));
                judging.submit(item.assignmentId(), new ScoreDraft(scores, "", ""), sheet.version());
            }
        }
        return panel;
    }
}
