package vn.tuoitreso.contest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import vn.tuoitreso.contest.submission.SubmissionRepository;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.InvalidInputException.Problem;

/**
 * Organisers set up contests: rules, eligibility, limits, categories and rounds; everyone sees published ones.
 * A change names the version it was made from; of two organisers changing the same thing, the second is told
 * with {@link StaleEditException} instead of overwriting the first.
 */
@Service
public class Contests {

    /** The most ideas per contestant and round an organiser may allow. */
    public static final int MAX_IDEAS_PER_ROUND = 20;

    private final ContestRepository contests;
    private final CategoryRepository categories;
    private final RoundRepository rounds;
    private final SubmissionRepository submissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    Contests(ContestRepository contests, CategoryRepository categories, RoundRepository rounds,
            SubmissionRepository submissions, CurrentUser currentUser, Clock clock) {
        this.contests = contests;
        this.categories = categories;
        this.rounds = rounds;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary create(ContestDraft draft, Set<Long> eligibleUnits) {
        check(draft);
        Contest contest = contests.save(new Contest(draft, clock.instant()));
        contest.limitTo(eligibleUnits);
        Versions.flush(contests);
        return summary(contest);
    }

    /** Changes the settings, unless someone changed them since they were read ({@link ContestDraft#version()}). */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary update(long contestId, ContestDraft draft, Set<Long> eligibleUnits) {
        Contest contest = contest(contestId);
        contest.requireVersion(draft.version());
        check(draft);
        contest.describe(draft);
        contest.limitTo(eligibleUnits);
        Versions.flush(contests);
        return summary(contest);
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary addCategory(long contestId, String name) {
        Contest contest = contest(contestId);
        checkName(name);
        categories.save(new Category(contestId, name.strip(), categories.findByContestIdOrderByIdAsc(contestId).size()));
        return summary(contest);
    }

    /** Renames a category, unless someone changed it since {@code readVersion}. */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary renameCategory(long categoryId, String name, long readVersion) {
        Category category = category(categoryId);
        category.requireVersion(readVersion);
        checkName(name);
        category.rename(name.strip());
        Versions.flush(categories);
        return summary(contest(category.contestId()));
    }

    /**
     * Removes a category no submission has chosen, unless someone changed it since {@code readVersion}; one in
     * use stays, so that no idea loses its category.
     */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary removeCategory(long categoryId, long readVersion) {
        Category category = category(categoryId);
        category.requireVersion(readVersion);
        if (submissions.existsByCategoryId(categoryId)) {
            throw InvalidInputException.of("", "contest.admin.categoryInUse", category.name());
        }
        categories.delete(category);
        Versions.flush(categories);
        return summary(contest(category.contestId()));
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary addRound(long contestId, RoundDraft plan) {
        Contest contest = contest(contestId);
        check(plan);
        rounds.save(new Round(contestId, plan, rounds.findByContestIdOrderByIdAsc(contestId).size()));
        return summary(contest);
    }

    /** Plans a round again, unless someone changed it since it was read ({@link RoundDraft#version()}). */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary updateRound(long roundId, RoundDraft plan) {
        Round round = rounds.findById(roundId).orElseThrow(() -> InvalidInputException.of("", "contest.notFound"));
        round.requireVersion(plan.version());
        check(plan);
        round.plan(plan);
        Versions.flush(rounds);
        return summary(contest(round.contestId()));
    }

    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional
    public ContestSummary publish(long contestId, boolean published) {
        Contest contest = contest(contestId);
        if (published && rounds.findByContestIdOrderByIdAsc(contestId).isEmpty()) {
            throw InvalidInputException.of("", "contest.validation.noRound");
        }
        contest.publish(published);
        Versions.flush(contests);
        return summary(contest);
    }

    /** Published contests for everyone signed in; organisers see all. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContestSummary> all() {
        boolean organiser = currentUser.isOrganiser();
        return contests.findAll().stream().filter(c -> organiser || c.published()).map(this::summary).toList();
    }

    /** One contest: any for organisers, a published one for everyone else signed in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ContestSummary get(long contestId) {
        Contest contest = contests.findById(contestId).filter(c -> c.published() || currentUser.isOrganiser())
                .orElseThrow(() -> InvalidInputException.of("", "contest.notFound"));
        return summary(contest);
    }

    /** The published contests, for the public site: anyone may read them, signed in or not. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ContestSummary> published() {
        return contests.findAll().stream().filter(Contest::published).map(this::summary).toList();
    }

    /** A published contest, for the public site; an unpublished one is not found. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<ContestSummary> published(long contestId) {
        return contests.findById(contestId).filter(Contest::published).map(this::summary);
    }

    private ContestSummary summary(Contest contest) {
        List<ContestSummary.Named> cats = categories.findByContestIdOrderByIdAsc(contest.id()).stream()
                .map(c -> new ContestSummary.Named(c.id(), c.name(), c.version())).toList();
        List<ContestSummary.RoundSummary> plans = rounds.findByContestIdOrderByIdAsc(contest.id()).stream()
                .map(r -> new ContestSummary.RoundSummary(r.id(), r.draft(), r.acceptsSubmissionsAt(clock.instant()),
                        clock.instant().isBefore(r.draft().submissionOpens())))
                .toList();
        return new ContestSummary(contest.id(), contest.draft(), contest.published(), cats, plans,
                contest.eligibleUnits());
    }

    private Category category(long id) {
        return categories.findById(id).orElseThrow(() -> InvalidInputException.of("", "contest.notFound"));
    }

    private static void checkName(String name) {
        if (name.isBlank() || name.strip().length() > Category.NAME_MAX_LENGTH) {
            throw InvalidInputException.of("name", "contest.validation.name");
        }
    }

    private static void check(RoundDraft plan) {
        List<Problem> problems = new ArrayList<>();
        if (plan.name().isBlank() || plan.name().length() > Round.NAME_MAX_LENGTH
                || !plan.submissionOpens().isBefore(plan.submissionCloses())) {
            problems.add(Problem.of("round", "contest.validation.round"));
        }
        if (plan.reviewOpens() != null && plan.reviewCloses() != null
                && !plan.reviewOpens().isBefore(plan.reviewCloses())) {
            problems.add(Problem.of("review", "contest.admin.reviewWindow"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Contest contest(long id) {
        return contests.findById(id).orElseThrow(() -> InvalidInputException.of("", "contest.notFound"));
    }

    private static void check(ContestDraft d) {
        List<Problem> problems = new ArrayList<>();
        if (d.title().isBlank() || d.title().length() > Contest.TITLE_MAX_LENGTH) {
            problems.add(Problem.of("title", "contest.validation.title"));
        }
        if (d.rules().length() > Contest.RULES_MAX_LENGTH) {
            problems.add(Problem.of("rules", "validation.tooLong", Contest.RULES_MAX_LENGTH, d.rules().length()));
        }
        if (d.minAge() != null && d.maxAge() != null && d.minAge() > d.maxAge()) {
            problems.add(Problem.of("maxAge", "contest.validation.ages"));
        }
        if (d.maxTeamSize() < 1 || d.maxAttachments() < 0 || d.maxAttachmentMb() < 1 || d.maxTotalMb() < d.maxAttachmentMb()) {
            problems.add(Problem.of("limits", "contest.validation.limits"));
        }
        if (d.ideasPerRound() < 1 || d.ideasPerRound() > MAX_IDEAS_PER_ROUND) {
            problems.add(Problem.of("ideasPerRound", "contest.validation.ideasPerRound", MAX_IDEAS_PER_ROUND));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
