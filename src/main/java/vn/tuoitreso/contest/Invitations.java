package vn.tuoitreso.contest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.submission.Contest;
import vn.tuoitreso.contest.submission.ContestRepository;
import vn.tuoitreso.contest.submission.Invitation;
import vn.tuoitreso.contest.submission.InvitationRepository;
import vn.tuoitreso.contest.submission.Submission;
import vn.tuoitreso.contest.submission.SubmissionRepository;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Team membership by invitation. A contestant invites an e-mail or phone number and learns nothing about
 * whether it has an account: the answer is the same either way. Whoever owns that contact sees the invitation
 * on their own page and accepts (then they are named in the team and may read the idea) or declines. The
 * team's size counts the contestant, the members and the invitations not yet answered. Each account sends a
 * limited number of invitations a day.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Invitations {

    public static final int PER_DAY = 20;

    private final InvitationRepository invitations;
    private final SubmissionRepository submissions;
    private final ContestRepository contests;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    Invitations(InvitationRepository invitations, SubmissionRepository submissions, ContestRepository contests,
            Accounts accounts, CurrentUser currentUser, Clock clock) {
        this.invitations = invitations;
        this.submissions = submissions;
        this.contests = contests;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Invites a contact into the caller's idea; inviting the same contact again changes nothing. */
    @Transactional
    public SentInvitation invite(long submissionId, String contact) {
        Submission submission = own(submissionId);
        if (submission.status() == SubmissionStatus.WITHDRAWN) {
            throw InvalidInputException.of("", "contest.submission.withdrawn");
        }
        if (Accounts.contactTooLong(contact)) {
            throw InvalidInputException.of("invite", "validation.contact.tooLong", Accounts.CONTACT_MAX_LENGTH);
        }
        String normalised = Accounts.normalisedContact(contact)
                .orElseThrow(() -> InvalidInputException.of("invite", "validation.contact.format"));
        AccountSummary me = accounts.me();
        if (normalised.equals(me.contact())) {
            throw InvalidInputException.of("invite", "contest.invite.self");
        }
        var existing = invitations.findBySubmissionIdAndContact(submissionId, normalised);
        if (existing.isPresent()) {
            return sent(existing.get());
        }
        Instant now = clock.instant();
        if (invitations.countByInvitedByAndCreatedAtAfter(me.id(), now.minus(Duration.ofDays(1))) >= PER_DAY) {
            throw InvalidInputException.of("invite", "contest.invite.tooMany", PER_DAY);
        }
        Contest contest = contests.findById(submission.contestId()).orElseThrow();
        if (1 + submission.idea().team().size() + pending(submissionId) + 1 > contest.maxTeamSize()) {
            throw InvalidInputException.of("team", "contest.validation.teamSize", contest.maxTeamSize());
        }
        return sent(invitations.saveAndFlush(new Invitation(submissionId, normalised, me.id(), me.fullName(), now)));
    }

    /** The invitations of the caller's idea that are not (or no longer) in the team: pending and declined. */
    @Transactional(readOnly = true)
    public List<SentInvitation> sent(long submissionId) {
        own(submissionId);
        return invitations.findBySubmissionIdOrderByIdAsc(submissionId).stream()
                .filter(i -> i.status() != InvitationStatus.ACCEPTED).map(Invitations::sent).toList();
    }

    /** Takes back an invitation of the caller's idea that was not accepted. */
    @Transactional
    public void cancel(long invitationId) {
        Invitation invitation = invitations.findById(invitationId).orElseThrow(SubmissionAccess::notFound);
        own(invitation.submissionId());
        if (invitation.status() == InvitationStatus.ACCEPTED) {
            throw SubmissionAccess.notFound();
        }
        invitations.delete(invitation);
    }

    /** Takes a member who accepted out of the caller's idea; the idea as sent before keeps its team. */
    @Transactional
    public void removeMember(long submissionId, long accountId) {
        Submission submission = own(submissionId);
        invitations.findBySubmissionIdAndAccountId(submissionId, accountId).ifPresent(invitations::delete);
        submission.removeMember(accountId, clock.instant());
    }

    /** The invitations waiting for the caller's answer. */
    @Transactional(readOnly = true)
    public List<TeamInvitation> mine() {
        List<Invitation> found = invitations.findByContactAndStatusOrderByIdAsc(accounts.me().contact(),
                InvitationStatus.PENDING);
        Map<Long, Submission> ideas = submissions.findAllById(found.stream().map(Invitation::submissionId).toList())
                .stream().collect(Collectors.toMap(Submission::id, Function.identity()));
        Map<Long, String> contestTitles = contests.findAllById(ideas.values().stream().map(Submission::contestId)
                .distinct().toList()).stream().collect(Collectors.toMap(Contest::id, Contest::title));
        return found.stream().filter(i -> ideas.containsKey(i.submissionId())
                && ideas.get(i.submissionId()).status() != SubmissionStatus.WITHDRAWN).map(i -> {
                    Submission idea = ideas.get(i.submissionId());
                    return new TeamInvitation(i.id(), contestTitles.getOrDefault(idea.contestId(), ""),
                            idea.idea().title(), i.inviterName());
                }).toList();
    }

    /** The caller joins the team: named in it from now on and able to read the idea. */
    @Transactional
    public void accept(long invitationId) {
        AccountSummary me = accounts.me();
        Invitation invitation = addressedToMe(invitationId, me);
        Submission submission = submissions.findById(invitation.submissionId()).orElseThrow(SubmissionAccess::notFound);
        if (submission.status() == SubmissionStatus.WITHDRAWN) {
            throw InvalidInputException.of("", "contest.submission.withdrawn");
        }
        invitation.accept(me.id(), clock.instant());
        submission.addMember(me.id(), me.fullName(), clock.instant());
    }

    @Transactional
    public void decline(long invitationId) {
        addressedToMe(invitationId, accounts.me()).decline(clock.instant());
    }

    /** Invitations not yet answered, which count towards the team's size. */
    int pending(long submissionId) {
        return (int) invitations.countBySubmissionIdAndStatus(submissionId, InvitationStatus.PENDING);
    }

    private Invitation addressedToMe(long invitationId, AccountSummary me) {
        return invitations.findById(invitationId)
                .filter(i -> i.status() == InvitationStatus.PENDING && i.contact().equals(me.contact()))
                .orElseThrow(SubmissionAccess::notFound);
    }

    private Submission own(long submissionId) {
        long me = currentUser.requireAccountId();
        return submissions.findById(submissionId).filter(s -> s.ownerAccountId() == me)
                .orElseThrow(SubmissionAccess::notFound);
    }

    private static SentInvitation sent(Invitation invitation) {
        return new SentInvitation(invitation.id(), invitation.contact(), invitation.status());
    }
}
