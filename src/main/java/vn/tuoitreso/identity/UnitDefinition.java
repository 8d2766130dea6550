package vn.tuoitreso.identity;

import java.util.List;

/** A unit and its children as written in {@code seed-content/units.yaml}. */
public record UnitDefinition(String code, String name, UnitType type, List<UnitDefinition> children) {

    public UnitDefinition {
        children = List.copyOf(children);
    }
}
