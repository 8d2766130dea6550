package vn.tuoitreso.contest;

/** An invitation as the invitee sees it on their own page: who invites them, into which idea. */
public record TeamInvitation(long id, String contestTitle, String ideaTitle, String inviterName) {
}
