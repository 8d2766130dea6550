package vn.tuoitreso.review.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tuoitreso.shared.IdentifiedEntity;

/** A round's results as published: the contest and round as they were named then. A record stays a record. */
@Entity
@Table(name = "review_publication")
public class Publication extends IdentifiedEntity {

    public static final int NAME_MAX_LENGTH = 300;

    @Column(name = "panel_id")
    private long panelId;

    @Column(name = "contest_id")
    private long contestId;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "contest_title")
    private String contestTitle = "";

    @Column(name = "round_name")
    private String roundName = "";

    @Column(name = "published_at")
    private Instant publishedAt = Instant.EPOCH;

    protected Publication() {
    }

    public Publication(long panelId, long contestId, long roundId, String contestTitle, String roundName,
            Instant publishedAt) {
        this.panelId = panelId;
        this.contestId = contestId;
        this.roundId = roundId;
        this.contestTitle = Award.cut(contestTitle, NAME_MAX_LENGTH);
        this.roundName = Award.cut(roundName, NAME_MAX_LENGTH);
        this.publishedAt = publishedAt;
    }

    public long panelId() {
        return panelId;
    }

    public long contestId() {
        return contestId;
    }

    public long roundId() {
        return roundId;
    }

    public String contestTitle() {
        return contestTitle;
    }

    public String roundName() {
        return roundName;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
