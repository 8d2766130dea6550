package vn.tuoitreso.contest.submission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.shared.IdentifiedEntity;

/**
 * A contest's settings: rules, eligibility and limits. Its version covers the settings only; publishing or
 * hiding it does not make another organiser's open settings form out of date.
 */
@Entity
@Table(name = "contest_contest")
public class Contest extends IdentifiedEntity {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int RULES_MAX_LENGTH = 50_000;

    private String title = "";
    private String rules = "";

    @Column(name = "min_age")
    private @Nullable Integer minAge;

    @Column(name = "max_age")
    private @Nullable Integer maxAge;

    @Column(name = "max_team_size")
    private int maxTeamSize = 5;

    @Column(name = "max_attachments")
    private int maxAttachments = 5;

    @Column(name = "max_attachment_mb")
    private int maxAttachmentMb = 20;

    @Column(name = "max_total_mb")
    private int maxTotalMb = 50;

    @Column(name = "ideas_per_round")
    private int ideasPerRound = 1;

    @OptimisticLock(excluded = true)
    private boolean published;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contest_eligible_unit", joinColumns = @JoinColumn(name = "contest_id"))
    @Column(name = "unit_id")
    private Set<Long> eligibleUnits = new HashSet<>();

    @Version
    private long version;

    protected Contest() {
    }

    public Contest(ContestDraft draft, Instant now) {
        this.createdAt = now;
        describe(draft);
    }

    public void describe(ContestDraft draft) {
        title = draft.title();
        rules = draft.rules();
        minAge = draft.minAge();
        maxAge = draft.maxAge();
        maxTeamSize = draft.maxTeamSize();
        maxAttachments = draft.maxAttachments();
        maxAttachmentMb = draft.maxAttachmentMb();
        maxTotalMb = draft.maxTotalMb();
        ideasPerRound = draft.ideasPerRound();
    }

    public ContestDraft draft() {
        return new ContestDraft(title, rules, minAge, maxAge, maxTeamSize, maxAttachments, maxAttachmentMb, maxTotalMb,
                ideasPerRound, version);
    }

    /** Refuses a change made from a version other than the stored one. */
    public void requireVersion(long readVersion) {
        StaleEditException.requireCurrent(version, readVersion);
    }

    public void limitTo(Set<Long> units) {
        eligibleUnits.clear();
        eligibleUnits.addAll(units);
    }

    /** Whether a person of this age and unit may take part. */
    public boolean admits(int age, long unitId) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge)
                && (eligibleUnits.isEmpty() || eligibleUnits.contains(unitId));
    }

    public void publish(boolean published) {
        this.published = published;
    }

    public boolean published() {
        return published;
    }

    public String title() {
        return title;
    }

    public int maxAttachments() {
        return maxAttachments;
    }

    public long maxAttachmentBytes() {
        return maxAttachmentMb * 1024L * 1024L;
    }

    public long maxTotalBytes() {
        return maxTotalMb * 1024L * 1024L;
    }

    /** How many ideas one contestant may have in one round, withdrawn ones aside. */
    public int ideasPerRound() {
        return ideasPerRound;
    }

    public int maxTeamSize() {
        return maxTeamSize;
    }

    public Set<Long> eligibleUnits() {
        return Set.copyOf(eligibleUnits);
    }
}
