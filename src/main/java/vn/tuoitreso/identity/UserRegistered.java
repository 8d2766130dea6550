package vn.tuoitreso.identity;

/** A visitor opened an account; every new account is a learner of the given unit. */
public record UserRegistered(long accountId, long unitId) {
}
