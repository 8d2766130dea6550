package vn.tuoitreso.review;

import java.util.Set;

/**
 * How a panel works.
 *
 * @param blind             judges never see who is behind an idea
 * @param judgesPerIdea     k: the judges each idea gets
 * @param sameUnitConflicts a judge in the same organisation unit as someone on an idea's team does not judge it
 * @param judges            the judges' account IDs
 * @param version           the panel's version this was read at
 */
public record PanelSettings(boolean blind, int judgesPerIdea, boolean sameUnitConflicts, Set<Long> judges,
        long version) {

    public PanelSettings {
        judges = Set.copyOf(judges);
    }
}
