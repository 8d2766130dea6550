package vn.tuoitreso.review.panel;

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
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.IdentifiedEntity;
import vn.tuoitreso.shared.InvalidInputException;

/** The review panel of one round: its judges and how they work. */
@Entity
@Table(name = "review_panel")
public class Panel extends IdentifiedEntity {

    public static final int MAX_JUDGES_PER_IDEA = 9;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "contest_id")
    private long contestId;

    private boolean blind = true;

    @Column(name = "judges_per_idea")
    private int judgesPerIdea = 3;

    @Column(name = "same_unit_conflicts")
    private boolean sameUnitConflicts = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_panel_judge", joinColumns = @JoinColumn(name = "panel_id"))
    @Column(name = "account_id")
    private Set<Long> judges = new HashSet<>();

    @Column(name = "advanced_count")
    private @Nullable Integer advancedCount;

    @Column(name = "advanced_at")
    private @Nullable Instant advancedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Version
    private long version;

    protected Panel() {
    }

    public Panel(long contestId, long roundId) {
        this.contestId = contestId;
        this.roundId = roundId;
    }

    public void configure(boolean blind, int judgesPerIdea, boolean sameUnitConflicts) {
        if (judgesPerIdea < 1 || judgesPerIdea > MAX_JUDGES_PER_IDEA) {
            throw InvalidInputException.of("judgesPerIdea", "review.validation.judgesPerIdea", MAX_JUDGES_PER_IDEA);
        }
        this.blind = blind;
        this.judgesPerIdea = judgesPerIdea;
        this.sameUnitConflicts = sameUnitConflicts;
    }

    public void changeJudges(Set<Long> judges) {
        this.judges.clear();
        this.judges.addAll(judges);
    }

    public void advance(int count, Instant now) {
        this.advancedCount = count;
        this.advancedAt = now;
    }

    public void publish(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    public long roundId() {
        return roundId;
    }

    public long contestId() {
        return contestId;
    }

    public boolean blind() {
        return blind;
    }

    public int judgesPerIdea() {
        return judgesPerIdea;
    }

    public boolean sameUnitConflicts() {
        return sameUnitConflicts;
    }

    public Set<Long> judges() {
        return Set.copyOf(judges);
    }

    public @Nullable Integer advancedCount() {
        return advancedCount;
    }

    public @Nullable Instant advancedAt() {
        return advancedAt;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
