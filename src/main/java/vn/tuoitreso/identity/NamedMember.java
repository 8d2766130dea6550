package vn.tuoitreso.identity;

/** A member by name, for the lists of those responsible for their unit: account ID, full name and unit ID. */
public record NamedMember(long accountId, String fullName, long unitId) {
}
