package vn.tuoitreso.identity;

/** The kind of a Youth Union organisation unit. */
public enum UnitType {
    PROVINCE, COMMUNE, WARD, SCHOOL, AGENCY;

    public String messageKey() {
        return "unit.type." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
