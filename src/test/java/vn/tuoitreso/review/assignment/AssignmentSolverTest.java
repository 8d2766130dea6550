package vn.tuoitreso.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.review.assignment.AssignmentSolver.Input;
import vn.tuoitreso.review.assignment.AssignmentSolver.Pair;
import vn.tuoitreso.review.assignment.AssignmentSolver.Solution;
import vn.tuoitreso.review.assignment.Conflicts.Team;

class AssignmentSolverTest {

    /** 120 ideas from 12 units, 12 judges in 8 of those units; two judges are on teams themselves. */
    private static Map<String, Object> province(long seed) {
        Random random = new Random(seed);
        List<Long> judges = LongStream.rangeClosed(1001, 1012).boxed().toList();
        Map<Long, Long> judgeUnits = new HashMap<>();
        for (int j = 0; j < judges.size(); j++) {
            judgeUnits.put(judges.get(j), 1L + j % 8);
        }
        List<Team> teams = new ArrayList<>();
        List<Long> ideas = new ArrayList<>();
        for (long idea = 1; idea <= 120; idea++) {
            ideas.add(idea);
            Set<Long> accounts = new HashSet<>(Set.of(5000 + idea));
            Set<Long> units = new HashSet<>(Set.of(1L + random.nextInt(12)));
            if (random.nextInt(3) == 0) {
                accounts.add(6000L + idea);
                units.add(1L + random.nextInt(12));
            }
            if (idea == 7 || idea == 77) {
                accounts.add(1003L); // a judge on a team
            }
            teams.add(new Team(idea, accounts, units));
        }
        return Map.of("judges", judges, "judgeUnits", judgeUnits, "teams", teams, "ideas", ideas);
    }

    @SuppressWarnings("unchecked")
    @Test
    void one_hundred_twenty_ideas_get_three_judges_each_with_loads_within_one_and_no_conflict() {
        Map<String, Object> p = province(13);
        Set<Pair> conflicts = Conflicts.of((List<Team>) p.get("teams"), (Map<Long, Long>) p.get("judgeUnits"), true,
                Set.of(new Pair(5, 1001L)));
        assertThat(conflicts).hasSizeGreaterThan(120); // units make many: the test is not trivial

        Solution solution = AssignmentSolver.solve(new Input((List<Long>) p.get("ideas"), (List<Long>) p.get("judges"),
                3, conflicts, Set.of()));

        assertThat(solution.complete()).isTrue();
        assertThat(solution.added()).hasSize(360).doesNotContainAnyElementsOf(conflicts);
        assertThat(solution.added()).doesNotHaveDuplicates();
        Map<Long, Integer> perIdea = new HashMap<>();
        solution.added().forEach(pair -> perIdea.merge(pair.ideaId(), 1, Integer::sum));
        assertThat(perIdea).hasSize(120).allSatisfy((idea, judges) -> assertThat(judges).isEqualTo(3));
        IntSummaryStatistics loads = solution.loads().values().stream().mapToInt(i -> i).summaryStatistics();
        assertThat(loads.getMax() - loads.getMin()).isLessThanOrEqualTo(1);
        assertThat(loads.getSum()).isEqualTo(360);
        assertThat(solution.added()).doesNotContain(new Pair(7, 1003L), new Pair(77, 1003L), new Pair(5, 1001L));
    }

    @Test
    void too_few_judges_for_k_is_said_and_every_idea_is_named_short() {
        Solution solution = AssignmentSolver.solve(new Input(List.of(1L, 2L), List.of(10L, 11L), 3, Set.of(),
                Set.of()));

        assertThat(solution.tooFewJudges()).isTrue();
        assertThat(solution.complete()).isFalse();
        assertThat(solution.shortIdeas()).containsEntry(1L, 2).containsEntry(2L, 2);
    }

    @Test
    void an_idea_whose_conflicts_leave_too_few_judges_is_named() {
        Set<Pair> conflicts = Set.of(new Pair(2, 10L), new Pair(2, 11L));
        Solution solution = AssignmentSolver.solve(new Input(List.of(1L, 2L, 3L), List.of(10L, 11L, 12L), 2,
                conflicts, Set.of()));

        assertThat(solution.tooFewJudges()).isFalse();
        assertThat(solution.shortIdeas()).containsOnlyKeys(2L).containsEntry(2L, 1);
        assertThat(solution.added()).contains(new Pair(2, 12L)).doesNotContainAnyElementsOf(conflicts);
    }

    @Test
    void kept_pairs_stay_and_count_so_new_work_goes_to_the_least_loaded_judge() {
        Set<Pair> kept = Set.of(new Pair(1, 10L), new Pair(1, 11L), new Pair(2, 10L), new Pair(2, 12L),
                new Pair(3, 11L), new Pair(3, 12L));
        // judge 12 declared a conflict with idea 1, and judge 13 is on its team: idea 1 cannot get a third judge
        Solution solution = AssignmentSolver.solve(new Input(List.of(1L, 2L, 3L), List.of(10L, 11L, 12L, 13L), 3,
                Set.of(new Pair(1, 12L), new Pair(1, 13L)), kept));

        assertThat(solution.shortIdeas()).containsOnlyKeys(1L).containsEntry(1L, 2);
        assertThat(solution.added()).containsExactlyInAnyOrder(new Pair(2, 13L), new Pair(3, 13L));
        assertThat(solution.loads()).containsEntry(10L, 2).containsEntry(11L, 2).containsEntry(12L, 2)
                .containsEntry(13L, 2);
    }

    @Test
    void conflicts_through_units_are_optional_while_team_membership_always_counts() {
        List<Team> teams = List.of(new Team(1, Set.of(50L), Set.of(7L)), new Team(2, Set.of(60L, 10L), Set.of(8L)));
        Map<Long, Long> judgeUnits = Map.of(10L, 9L, 11L, 7L);

        assertThat(Conflicts.of(teams, judgeUnits, true, Set.of()))
                .containsExactlyInAnyOrder(new Pair(1, 11L), new Pair(2, 10L));
        assertThat(Conflicts.of(teams, judgeUnits, false, Set.of(new Pair(1, 10L))))
                .containsExactlyInAnyOrder(new Pair(2, 10L), new Pair(1, 10L));
    }
}
