package vn.tuoitreso.contest;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.submission.Category;
import vn.tuoitreso.contest.submission.CategoryRepository;
import vn.tuoitreso.contest.submission.Contest;
import vn.tuoitreso.contest.submission.ContestRepository;
import vn.tuoitreso.contest.submission.Round;
import vn.tuoitreso.contest.submission.RoundRepository;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.InvalidInputException.Problem;

/** Organisers set up contests: rules, eligibility, limits, categories and rounds; everyone sees published ones. */
@Service
public class Contests {

    private final ContestRepository contests;
    private final CategoryRepository categories;
    private final RoundRepository rounds;
    private final CurrentUser currentUser;
    private final Clock clock;

    Contests(ContestRepository contests, CategoryRepository categories, RoundRepository rounds, CurrentUser currentUser,
            Clock clock) {
        this.contests = contests;
        this.categories = categories;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary create(ContestDraft draft, Set<Long> eligibleUnits) {
        check(draft);
        Contest contest = contests.save(new Contest(draft, clock.instant()));
        contest.limitTo(eligibleUnits);
        return summary(contest);
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary update(long contestId, ContestDraft draft, Set<Long> eligibleUnits) {
        check(draft);
        Contest contest = contest(contestId);
        contest.describe(draft);
        contest.limitTo(eligibleUnits);
        return summary(contest);
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary addCategory(long contestId, String name) {
        Contest contest = contest(contestId);
        if (name.isBlank() || name.length() > 200) {
            throw InvalidInputException.of("name", "contest.validation.name");
        }
        categories.save(new Category(contestId, name.strip(), categories.findByContestIdOrderByIdAsc(contestId).size()));
        return summary(contest);
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary addRound(long contestId, RoundDraft plan) {
        Contest contest = contest(contestId);
        if (plan.name().isBlank() || !plan.submissionOpens().isBefore(plan.submissionCloses())) {
            throw InvalidInputException.of("round", "contest.validation.round");
        }
        rounds.save(new Round(contestId, plan, rounds.findByContestIdOrderByIdAsc(contestId).size()));
        return summary(contest);
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary publish(long contestId, boolean published) {
        Contest contest = contest(contestId);
        if (published && rounds.findByContestIdOrderByIdAsc(contestId).isEmpty()) {
            throw InvalidInputException.of("", "contest.validation.noRound");
        }
        contest.publish(published);
        return summary(contest);
    }

    /** Published contests for everyone signed in; organisers see all. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContestSummary> all() {
        boolean organiser = currentUser.isOrganiser();
        return contests.findAll().stream().filter(c -> organiser || c.published()).map(this::summary).toList();
    }

    private ContestSummary summary(Contest contest) {
        List<ContestSummary.Named> cats = categories.findByContestIdOrderByIdAsc(contest.id()).stream()
                .map(c -> new ContestSummary.Named(c.id(), c.name())).toList();
        List<ContestSummary.RoundSummary> plans = rounds.findByContestIdOrderByIdAsc(contest.id()).stream()
                .map(r -> new ContestSummary.RoundSummary(r.id(), r.draft(), r.acceptsSubmissionsAt(clock.instant())))
                .toList();
        return new ContestSummary(contest.id(), contest.draft(), contest.published(), cats, plans);
    }

    private Contest contest(long id) {
        return contests.findById(id).orElseThrow(() -> InvalidInputException.of("", "contest.notFound"));
    }

    private static void check(ContestDraft d) {
        List<Problem> problems = new ArrayList<>();
        if (d.title().isBlank() || d.title().length() > 300) {
            problems.add(Problem.of("title", "contest.validation.title"));
        }
        if (d.minAge() != null && d.maxAge() != null && d.minAge() > d.maxAge()) {
            problems.add(Problem.of("maxAge", "contest.validation.ages"));
        }
        if (d.maxTeamSize() < 1 || d.maxAttachments() < 0 || d.maxAttachmentMb() < 1 || d.maxTotalMb() < d.maxAttachmentMb()) {
            problems.add(Problem.of("limits", "contest.validation.limits"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
