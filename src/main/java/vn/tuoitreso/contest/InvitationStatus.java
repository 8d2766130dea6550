package vn.tuoitreso.contest;

/** Where an invitation into a team stands. */
public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED
}
