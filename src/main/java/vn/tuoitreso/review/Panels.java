package vn.tuoitreso.review;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.PersonName;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.review.aggregation.Aggregation;
import vn.tuoitreso.review.assignment.Assignment;
import vn.tuoitreso.review.assignment.AssignmentRepository;
import vn.tuoitreso.review.assignment.AssignmentSolver;
import vn.tuoitreso.review.assignment.AuditEntry;
import vn.tuoitreso.review.assignment.AuditRepository;
import vn.tuoitreso.review.assignment.Conflicts;
import vn.tuoitreso.review.panel.Criterion;
import vn.tuoitreso.review.panel.CriterionRepository;
import vn.tuoitreso.review.panel.DefaultRubric;
import vn.tuoitreso.review.panel.Panel;
import vn.tuoitreso.review.panel.PanelRepository;
import vn.tuoitreso.review.results.Award;
import vn.tuoitreso.review.results.AwardRepository;
import vn.tuoitreso.review.results.Publication;
import vn.tuoitreso.review.results.PublicationRepository;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.InvalidInputException.Problem;

/**
 * The organisers' side of a round's review: the panel and its rubric, the assignment of ideas to judges (proposed
 * by an exact method, adjusted by hand, then confirmed), progress, the ranking, reopening scores, advancing the
 * best ideas and publishing the results.
 */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class Panels {

    /** The longest criterion name and description (views limit their fields with them). */
    public static final int CRITERION_NAME_MAX_LENGTH = Criterion.NAME_MAX_LENGTH;
    public static final int CRITERION_DESCRIPTION_MAX_LENGTH = Criterion.DESCRIPTION_MAX_LENGTH;
    /** Prizes named at publication: at most this many, each at most this long. */
    public static final int MAX_PRIZES = 20;
    public static final int PRIZE_MAX_LENGTH = 120;

    private final PanelRepository panels;
    private final CriterionRepository criteria;
    private final AssignmentRepository assignments;
    private final AuditRepository audit;
    private final RoundIdeas ideas;
    private final Contests contests;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicationRepository publications;
    private final AwardRepository awards;

    Panels(PanelRepository panels, CriterionRepository criteria, AssignmentRepository assignments,
            AuditRepository audit, RoundIdeas ideas, Contests contests, Accounts accounts, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, PublicationRepository publications,
            AwardRepository awards) {
        this.publications = publications;
        this.awards = awards;
        this.panels = panels;
        this.criteria = criteria;
        this.assignments = assignments;
        this.audit = audit;
        this.ideas = ideas;
        this.contests = contests;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The panel of a round; a round without one gets one, blind, with k = 3 and the default rubric. */
    @Transactional
    public PanelSummary open(long roundId) {
        Panel panel = panels.findByRoundId(roundId).orElseGet(() -> create(roundId));
        return summary(panel);
    }

    @Transactional(readOnly = true)
    public PanelSummary get(long panelId) {
        return summary(panel(panelId));
    }

    /** Accounts with the judge role, among whom the panel is chosen. */
    @Transactional(readOnly = true)
    public List<PersonName> candidates() {
        return accounts.withRole(Role.JUDGE);
    }

    @Transactional(rollbackFor = StaleEditException.class)
    public PanelSummary configure(long panelId, PanelSettings settings) {
        Panel panel = panel(panelId);
        StaleEditException.requireCurrent(panel.version(), settings.version());
        Set<Long> judges = candidates().stream().map(PersonName::accountId).collect(Collectors.toSet());
        if (!judges.containsAll(settings.judges())) {
            throw InvalidInputException.of("judges", "review.validation.notJudge");
        }
        panel.configure(settings.blind(), settings.judgesPerIdea(), settings.sameUnitConflicts());
        panel.changeJudges(settings.judges());
        flush();
        return summary(panel);
    }

    /** Replaces the rubric; refused once a judge has submitted scores against it. */
    @Transactional
    public PanelSummary saveRubric(long panelId, List<CriterionDraft> rubric) {
        Panel panel = panel(panelId);
        List<Problem> problems = new ArrayList<>();
        if (rubric.isEmpty()) {
            problems.add(Problem.of("rubric", "review.validation.rubricEmpty"));
        }
        for (int i = 0; i < rubric.size(); i++) {
            CriterionDraft c = rubric.get(i);
            if (c.name().strip().length() > Criterion.NAME_MAX_LENGTH) {
                problems.add(Problem.of("criterion-" + i, "review.validation.criterionNameTooLong", i + 1,
                        Criterion.NAME_MAX_LENGTH));
            } else if (c.description().length() > Criterion.DESCRIPTION_MAX_LENGTH) {
                problems.add(Problem.of("criterion-" + i, "review.validation.criterionDescriptionTooLong", i + 1,
                        Criterion.DESCRIPTION_MAX_LENGTH));
            } else if (c.name().isBlank() || c.name().strip().length() > Criterion.NAME_MAX_LENGTH
                    || c.description().length() > Criterion.DESCRIPTION_MAX_LENGTH || c.weight() <= 0
                    || c.min() >= c.max() || c.min() < 0 || c.max() > 1000) {
                problems.add(Problem.of("criterion-" + i, "review.validation.criterion", i + 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (assignments.findByPanelId(panelId).stream().anyMatch(a -> a.state() == AssignmentState.SUBMITTED)) {
            throw InvalidInputException.of("rubric", "review.rubric.locked");
        }
        criteria.deleteAll(criteria.findByPanelIdOrderByPositionAsc(panelId));
        criteria.flush();
        for (int i = 0; i < rubric.size(); i++) {
            CriterionDraft c = rubric.get(i);
            criteria.save(new Criterion(panel.id(), i, c.name().strip(), c.description().strip(), c.weight(),
                    c.min(), c.max()));
        }
        // draft scores name criteria by ID: those of replaced criteria no longer count in any total
        return summary(panel);
    }

    /** The ideas submitted in the panel's round, as the organisers see them. */
    @Transactional(readOnly = true)
    public List<IdeaRef> ideas(long panelId) {
        return ideas.of(panel(panelId)).stream().map(RoundIdeas.Team::idea).toList();
    }

    /**
     * Proposes judges for every idea that lacks some, keeping the pairs already confirmed: k judges per idea,
     * loads within ±1 when conflicts allow, never a conflict. Nothing is saved until {@link #confirm}.
     */
    @Transactional(readOnly = true)
    public AssignmentProposal propose(long panelId) {
        Panel panel = panel(panelId);
        return propose(panel, panel.judgesPerIdea(), null);
    }

    /**
     * Saves the assignment the organiser confirmed (the proposal, perhaps with judges swapped by hand): every pair
     * is checked against the panel and the conflicts; pairs confirmed before and left out are removed unless
     * scores were entered.
     */
    @Transactional
    public AssignmentProposal confirm(long panelId, List<AssignmentProposal.Pair> pairs) {
        Panel panel = panel(panelId);
        List<RoundIdeas.Team> teams = ideas.of(panel);
        Map<Long, IdeaRef> byId = teams.stream().collect(Collectors.toMap(t -> t.idea().submissionId(),
                RoundIdeas.Team::idea));
        Set<AssignmentSolver.Pair> conflicts = conflicts(panel, teams);
        Set<AssignmentSolver.Pair> wanted = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (AssignmentProposal.Pair p : pairs) {
            long idea = p.idea().submissionId();
            AssignmentSolver.Pair pair = new AssignmentSolver.Pair(idea, p.judgeId());
            if (!byId.containsKey(idea) || !panel.judges().contains(p.judgeId())) {
                problems.add(Problem.of("", "review.assign.unknown", p.idea().code()));
            } else if (conflicts.contains(pair)) {
                problems.add(Problem.of("", "review.assign.conflict", p.idea().code()));
            } else if (!wanted.add(pair)) {
                problems.add(Problem.of("", "review.assign.twice", p.idea().code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<AssignmentSolver.Pair, Assignment> existing = new HashMap<>();
        for (Assignment a : assignments.findByPanelId(panel.id())) {
            existing.put(new AssignmentSolver.Pair(a.submissionId(), a.judgeAccountId()), a);
        }
        existing.forEach((pair, a) -> {
            if (!wanted.contains(pair) && a.state() == AssignmentState.ASSIGNED) {
                assignments.delete(a);
            }
        });
        for (AssignmentSolver.Pair pair : wanted) {
            if (!existing.containsKey(pair)) {
                assignments.save(new Assignment(panel.id(), pair.ideaId(), pair.judgeId(), clock.instant()));
            }
        }
        assignments.flush();
        return current(panel, teams);
    }

    /** The assignment as it stands (confirmed pairs only). */
    @Transactional(readOnly = true)
    public AssignmentProposal assignment(long panelId) {
        Panel panel = panel(panelId);
        return current(panel, ideas.of(panel));
    }

    /**
     * Gives one idea a further judge — after a declared conflict, or when its judges disagree — chosen by the same
     * method among the judges free of conflict with it, and saves it at once.
     */
    @Transactional
    public AssignmentProposal addJudge(long panelId, long submissionId) {
        Panel panel = panel(panelId);
        List<RoundIdeas.Team> teams = ideas.of(panel);
        long active = assignments.findByPanelId(panelId).stream()
                .filter(a -> a.submissionId() == submissionId && a.active()).count();
        AssignmentProposal proposal = propose(panel, (int) active + 1, submissionId);
        List<AssignmentProposal.Pair> added = proposal.pairs().stream()
                .filter(p -> !p.kept() && p.idea().submissionId() == submissionId).toList();
        if (added.isEmpty()) {
            IdeaRef idea = teams.stream().map(RoundIdeas.Team::idea).filter(i -> i.submissionId() == submissionId)
                    .findFirst().orElseThrow(Panels::notFound);
            throw InvalidInputException.of("", "review.assign.noFreeJudge", idea.code());
        }
        assignments.save(new Assignment(panel.id(), submissionId, added.getFirst().judgeId(), clock.instant()));
        assignments.flush();
        return current(panel, teams);
    }

    /** Unlocks a judge's submitted scores so they can change them; the audit trail records it. */
    @Transactional
    public void reopen(long assignmentId) {
        Assignment assignment = assignments.findById(assignmentId).orElseThrow(Panels::notFound);
        AssignmentState before = assignment.state();
        assignment.reopen();
        audit.save(new AuditEntry(assignment.id(), currentUser.requireAccountId(), clock.instant(), "state",
                before.name(), assignment.state().name()));
    }

    /** Every change to a judge's work on an idea, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditLine> audit(long assignmentId) {
        assignments.findById(assignmentId).orElseThrow(Panels::notFound);
        List<AuditEntry> entries = audit.findByAssignmentIdOrderByChangedAtAscIdAsc(assignmentId);
        Map<Long, String> names = accounts.fullNames(entries.stream().map(AuditEntry::accountId).toList());
        return entries.stream().map(e -> new AuditLine(names.getOrDefault(e.accountId(), ""), e.changedAt(),
                e.what(), e.oldValue(), e.newValue())).toList();
    }

    /** The judges' work on every idea: who, where it stands, and their submitted scores. */
    @Transactional(readOnly = true)
    public List<JudgeWork> work(long panelId) {
        Panel panel = panel(panelId);
        Map<Long, IdeaRef> byId = ideas.of(panel).stream().map(RoundIdeas.Team::idea)
                .collect(Collectors.toMap(IdeaRef::submissionId, i -> i));
        List<Assignment> all = assignments.findByPanelId(panelId);
        Map<Long, String> names = accounts.fullNames(all.stream().map(Assignment::judgeAccountId).toList());
        List<RubricCriterion> rubric = rubric(panelId);
        return all.stream().filter(a -> byId.containsKey(a.submissionId()))
                .map(a -> new JudgeWork(a.id(), byId.get(a.submissionId()), a.judgeAccountId(),
                        names.getOrDefault(a.judgeAccountId(), ""), a.state(), a.scores(),
                        rubric.stream().mapToDouble(c -> c.weight() * a.scores().getOrDefault(c.id(), 0.0)).sum(),
                        a.comment(), a.feedback()))
                .sorted(Comparator.comparing((JudgeWork w) -> w.idea().code()).thenComparing(JudgeWork::judgeName))
                .toList();
    }

    /**
     * {@link #work} a page of assignments at a time (by idea, then in the order they were made), for exports that
     * write each page before reading the next.
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Slice<JudgeWork> work(long panelId,
            org.springframework.data.domain.Pageable page) {
        Panel panel = panel(panelId);
        Map<Long, IdeaRef> byId = ideas.of(panel).stream().map(RoundIdeas.Team::idea)
                .collect(Collectors.toMap(IdeaRef::submissionId, i -> i));
        org.springframework.data.domain.Slice<Assignment> found = assignments
                .findByPanelIdOrderBySubmissionIdAscIdAsc(panelId, page);
        Map<Long, String> names = accounts.fullNames(found.stream().map(Assignment::judgeAccountId).toList());
        List<RubricCriterion> rubric = rubric(panelId);
        List<JudgeWork> work = found.stream().filter(a -> byId.containsKey(a.submissionId()))
                .map(a -> new JudgeWork(a.id(), byId.get(a.submissionId()), a.judgeAccountId(),
                        names.getOrDefault(a.judgeAccountId(), ""), a.state(), a.scores(),
                        rubric.stream().mapToDouble(c -> c.weight() * a.scores().getOrDefault(c.id(), 0.0)).sum(),
                        a.comment(), a.feedback()))
                .toList();
        return new org.springframework.data.domain.SliceImpl<>(work, page, found.hasNext());
    }

    /** The ranking per category from the submitted scores, with each judge's progress and the agreement. */
    @Transactional(readOnly = true)
    public Ranking ranking(long panelId) {
        Panel panel = panel(panelId);
        List<IdeaRef> refs = ideas.of(panel).stream().map(RoundIdeas.Team::idea).toList();
        return RankingFigures.of(refs, assignments.findByPanelId(panelId), rubric(panelId), panel.judges(),
                accounts.fullNames(panel.judges()));
    }

    /** Advances the best {@code perCategory} ideas of each category, by the ranking, to the next round. */
    @Transactional
    public List<IdeaRef> advance(long panelId, int perCategory) {
        Panel panel = panel(panelId);
        if (perCategory < 1) {
            throw InvalidInputException.of("topN", "review.validation.topN");
        }
        List<IdeaRef> top = ranking(panelId).rows().stream().filter(r -> r.rank() >= 1 && r.rank() <= perCategory)
                .map(RankingRow::idea).toList();
        panel.advance(perCategory, clock.instant());
        events.publishEvent(new RoundAdvanced(panel.id(), panel.contestId(), panel.roundId(),
                top.stream().map(IdeaRef::submissionId).toList()));
        return top;
    }

    /**
     * Publishes the round's results: the first {@code prizes.size()} ideas of each category win the prizes named,
     * in order. Publishing twice changes nothing.
     */
    @Transactional
    public PanelSummary publish(long panelId, List<String> prizes) {
        Panel panel = panel(panelId);
        if (prizes.size() > MAX_PRIZES || prizes.stream().anyMatch(p -> p.strip().length() > PRIZE_MAX_LENGTH)) {
            throw InvalidInputException.of("prizes", "review.validation.prizes", MAX_PRIZES, PRIZE_MAX_LENGTH);
        }
        if (panel.publishedAt() != null) {
            return summary(panel);
        }
        if (prizes.stream().anyMatch(p -> p.isBlank() || p.strip().length() > Award.PRIZE_MAX_LENGTH)) {
            throw InvalidInputException.of("prizes", "review.validation.prize", Award.PRIZE_MAX_LENGTH);
        }
        Map<Long, RoundIdeas.Team> teams = ideas.of(panel).stream()
                .collect(Collectors.toMap(t -> t.idea().submissionId(), t -> t));
        List<ResultsPublished.Winner> winners = new ArrayList<>();
        for (RankingRow row : ranking(panelId).rows()) {
            if (row.rank() >= 1 && row.rank() <= prizes.size()) {
                RoundIdeas.Team team = teams.get(row.idea().submissionId());
                winners.add(new ResultsPublished.Winner(row.idea().submissionId(), row.idea().code(),
                        row.idea().title(), row.idea().categoryId(), row.idea().categoryName(), row.rank(),
                        prizes.get(row.rank() - 1), team == null ? List.of() : team.people()));
            }
        }
        panel.publish(clock.instant());
        flush();
        record(panel, winners);
        events.publishEvent(new ResultsPublished(panel.id(), panel.contestId(), panel.roundId(), winners));
        return summary(panel);
    }

    /** Freezes what the public results show: the contest and round as named now, the winners and their teams. */
    private void record(Panel panel, List<ResultsPublished.Winner> winners) {
        ContestSummary contest = contests.get(panel.contestId());
        String round = contest.rounds().stream().filter(r -> r.id() == panel.roundId()).findFirst()
                .map(r -> r.plan().name()).orElse("");
        Publication publication = publications.saveAndFlush(new Publication(panel.id(), panel.contestId(),
                panel.roundId(), contest.settings().title(), round, Objects.requireNonNull(panel.publishedAt())));
        Map<Long, String> names = accounts.fullNames(winners.stream()
                .flatMap(w -> w.accountIds().stream()).distinct().toList());
        for (ResultsPublished.Winner w : winners) {
            awards.save(new Award(publication.id(), w.submissionId(), w.code(), w.title(), w.categoryName(),
                    w.rank(), w.prize(), w.accountIds().stream()
                            .map(id -> new Award.Member(id, names.getOrDefault(id, ""))).toList()));
        }
        awards.flush();
    }

    private AssignmentProposal propose(Panel panel, int perIdea, @org.jspecify.annotations.Nullable Long only) {
        List<RoundIdeas.Team> teams = ideas.of(panel);
        List<Assignment> existing = assignments.findByPanelId(panel.id());
        Set<AssignmentSolver.Pair> kept = existing.stream().filter(Assignment::active)
                .map(a -> new AssignmentSolver.Pair(a.submissionId(), a.judgeAccountId())).collect(Collectors.toSet());
        List<Long> judges = panel.judges().stream().sorted().toList();
        List<Long> ideaIds = teams.stream().map(t -> t.idea().submissionId())
                .filter(id -> only == null || id.equals(only)).toList();
        AssignmentSolver.Solution solution = AssignmentSolver.solve(new AssignmentSolver.Input(ideaIds, judges,
                perIdea, conflicts(panel, teams), kept));
        Map<Long, IdeaRef> byId = teams.stream().collect(Collectors.toMap(t -> t.idea().submissionId(),
                RoundIdeas.Team::idea));
        List<AssignmentProposal.Pair> pairs = new ArrayList<>();
        kept.stream().filter(p -> byId.containsKey(p.ideaId()))
                .forEach(p -> pairs.add(new AssignmentProposal.Pair(byId.get(p.ideaId()), p.judgeId(), true)));
        solution.added().forEach(p -> pairs.add(new AssignmentProposal.Pair(byId.get(p.ideaId()), p.judgeId(),
                false)));
        pairs.sort(Comparator.comparing((AssignmentProposal.Pair p) -> p.idea().code())
                .thenComparingLong(AssignmentProposal.Pair::judgeId));
        Map<IdeaRef, Integer> shortIdeas = new LinkedHashMap<>();
        solution.shortIdeas().forEach((id, has) -> shortIdeas.put(byId.get(id), has));
        return new AssignmentProposal(pairs, solution.loads(), shortIdeas, solution.tooFewJudges(),
                accounts.fullNames(panel.judges()));
    }

    private AssignmentProposal current(Panel panel, List<RoundIdeas.Team> teams) {
        Map<Long, IdeaRef> byId = teams.stream().collect(Collectors.toMap(t -> t.idea().submissionId(),
                RoundIdeas.Team::idea));
        List<AssignmentProposal.Pair> pairs = new ArrayList<>();
        Map<Long, Integer> loads = new HashMap<>();
        panel.judges().forEach(j -> loads.put(j, 0));
        Map<Long, Integer> perIdea = new HashMap<>();
        for (Assignment a : assignments.findByPanelId(panel.id())) {
            if (a.active() && byId.containsKey(a.submissionId())) {
                pairs.add(new AssignmentProposal.Pair(byId.get(a.submissionId()), a.judgeAccountId(), true));
                loads.merge(a.judgeAccountId(), 1, Integer::sum);
                perIdea.merge(a.submissionId(), 1, Integer::sum);
            }
        }
        pairs.sort(Comparator.comparing((AssignmentProposal.Pair p) -> p.idea().code())
                .thenComparingLong(AssignmentProposal.Pair::judgeId));
        Map<IdeaRef, Integer> shortIdeas = new LinkedHashMap<>();
        byId.forEach((id, idea) -> {
            int has = perIdea.getOrDefault(id, 0);
            if (has < panel.judgesPerIdea()) {
                shortIdeas.put(idea, has);
            }
        });
        Set<Long> everyone = new HashSet<>(loads.keySet());
        return new AssignmentProposal(pairs, loads, shortIdeas, panel.judges().size() < panel.judgesPerIdea(),
                accounts.fullNames(everyone));
    }

    private Set<AssignmentSolver.Pair> conflicts(Panel panel, List<RoundIdeas.Team> teams) {
        Set<Long> people = new HashSet<>(panel.judges());
        teams.forEach(t -> people.addAll(t.people()));
        Map<Long, Long> units = accounts.unitIds(people);
        Map<Long, Long> judgeUnits = new HashMap<>();
        panel.judges().forEach(j -> {
            if (units.containsKey(j)) {
                judgeUnits.put(j, units.get(j));
            }
        });
        List<Conflicts.Team> conflictTeams = teams.stream().map(t -> new Conflicts.Team(t.idea().submissionId(),
                Set.copyOf(t.people()), t.people().stream().map(units::get).filter(Objects::nonNull)
                        .collect(Collectors.toSet()))).toList();
        Set<AssignmentSolver.Pair> declared = assignments.findByPanelId(panel.id()).stream()
                .filter(a -> a.state() == AssignmentState.CONFLICT)
                .map(a -> new AssignmentSolver.Pair(a.submissionId(), a.judgeAccountId())).collect(Collectors.toSet());
        return Conflicts.of(conflictTeams, judgeUnits, panel.sameUnitConflicts(), declared);
    }

    private Panel create(long roundId) {
        ContestSummary contest = contests.all().stream()
                .filter(c -> c.rounds().stream().anyMatch(r -> r.id() == roundId)).findFirst()
                .orElseThrow(Panels::notFound);
        Panel panel = panels.saveAndFlush(new Panel(contest.id(), roundId));
        List<CriterionDraft> defaults = DefaultRubric.CRITERIA;
        for (int i = 0; i < defaults.size(); i++) {
            CriterionDraft c = defaults.get(i);
            criteria.save(new Criterion(panel.id(), i, c.name(), c.description(), c.weight(), c.min(), c.max()));
        }
        return panel;
    }

    private Panel panel(long panelId) {
        return panels.findById(panelId).orElseThrow(Panels::notFound);
    }

    private List<RubricCriterion> rubric(long panelId) {
        return criteria.findByPanelIdOrderByPositionAsc(panelId).stream().map(Panels::criterion).toList();
    }

    static RubricCriterion criterion(Criterion c) {
        return new RubricCriterion(c.id(), c.name(), c.description(), c.weight(), c.minScore(), c.maxScore());
    }

    private PanelSummary summary(Panel panel) {
        return new PanelSummary(panel.id(), panel.contestId(), panel.roundId(),
                new PanelSettings(panel.blind(), panel.judgesPerIdea(), panel.sameUnitConflicts(), panel.judges(),
                        panel.version()),
                rubric(panel.id()), panel.advancedCount(), panel.advancedAt(), panel.publishedAt());
    }

    private void flush() {
        try {
            panels.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException();
        }
    }

    static InvalidInputException notFound() {
        return InvalidInputException.of("", "review.notFound");
    }

    static Aggregation.Criterion figures(RubricCriterion c) {
        return new Aggregation.Criterion(c.id(), c.weight(), c.min(), c.max());
    }
}
