package vn.tuoitreso.contest.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.InvitationStatus;
import vn.tuoitreso.shared.IdentifiedEntity;

/** An invitation into an idea's team, sent to an e-mail or phone number; its owner accepts or declines it. */
@Entity
@Table(name = "contest_invitation")
public class Invitation extends IdentifiedEntity {

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(nullable = false)
    private String contact = "";

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "inviter_name", nullable = false)
    private String inviterName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status = InvitationStatus.PENDING;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(long submissionId, String contact, long invitedBy, String inviterName, Instant createdAt) {
        this.submissionId = submissionId;
        this.contact = contact;
        this.invitedBy = invitedBy;
        this.inviterName = inviterName;
        this.createdAt = createdAt;
    }

    public void accept(long accountId, Instant now) {
        requirePending();
        this.status = InvitationStatus.ACCEPTED;
        this.accountId = accountId;
        this.answeredAt = now;
    }

    public void decline(Instant now) {
        requirePending();
        this.status = InvitationStatus.DECLINED;
        this.answeredAt = now;
    }

    private void requirePending() {
        if (status != InvitationStatus.PENDING) {
            throw new IllegalStateException("already answered");
        }
    }

    public long submissionId() {
        return submissionId;
    }

    public String contact() {
        return contact;
    }

    public long invitedBy() {
        return invitedBy;
    }

    public String inviterName() {
        return inviterName;
    }

    public InvitationStatus status() {
        return status;
    }

    public @Nullable Long accountId() {
        return accountId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
