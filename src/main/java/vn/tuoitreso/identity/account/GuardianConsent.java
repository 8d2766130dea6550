package vn.tuoitreso.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.tuoitreso.shared.IdentifiedEntity;

/** The parent or guardian who consented to a child's account, and when. */
@Entity
@Table(name = "identity_guardian_consent")
public class GuardianConsent extends IdentifiedEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "guardian_name", nullable = false)
    private String guardianName = "";

    @Column(name = "guardian_contact", nullable = false)
    private String guardianContact = "";

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt = Instant.EPOCH;

    @Version
    private long version;

    protected GuardianConsent() {
    }

    public GuardianConsent(long accountId, String guardianName, Contact guardianContact, Instant consentedAt) {
        this.accountId = accountId;
        this.guardianName = guardianName;
        this.guardianContact = guardianContact.value();
        this.consentedAt = consentedAt;
    }

    public long accountId() {
        return accountId;
    }

    public String guardianName() {
        return guardianName;
    }

    public String guardianContact() {
        return guardianContact;
    }

    public Instant consentedAt() {
        return consentedAt;
    }
}
