package vn.tuoitreso.contest;

/**
 * An invitation as its sender sees it: the contact they typed and whether it was answered. It says nothing
 * about whether that contact has an account until its owner answers.
 */
public record SentInvitation(long id, String contact, InvitationStatus status) {
}
