package vn.tuoitreso.review.assignment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tuoitreso.review.assignment.AssignmentSolver.Pair;

/**
 * When a judge may not judge an idea: they are on its team (its owner or a member with an account), they belong
 * to the same organisation unit as someone on its team (when {@code sameUnitConflicts} is on), or they declared a
 * conflict with it.
 */
public final class Conflicts {

    /** The people behind an idea: the accounts on its team and the units they belong to. */
    public record Team(long ideaId, Set<Long> accountIds, Set<Long> unitIds) {

        public Team {
            accountIds = Set.copyOf(accountIds);
            unitIds = Set.copyOf(unitIds);
        }
    }

    private Conflicts() {
    }

    /**
     * @param judgeUnits each judge's unit
     * @param declared   conflicts judges declared
     */
    public static Set<Pair> of(List<Team> teams, Map<Long, Long> judgeUnits, boolean sameUnitConflicts,
            Set<Pair> declared) {
        Set<Pair> conflicts = new HashSet<>(declared);
        for (Team team : teams) {
            judgeUnits.forEach((judge, unit) -> {
                if (team.accountIds().contains(judge) || sameUnitConflicts && team.unitIds().contains(unit)) {
                    conflicts.add(new Pair(team.ideaId(), judge));
                }
            });
        }
        return conflicts;
    }
}
