package vn.tuoitreso.review.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tuoitreso.shared.IdentifiedEntity;

/** A rubric criterion of a panel: what judges score, with guidance, a weight and a scale. */
@Entity
@Table(name = "review_criterion")
public class Criterion extends IdentifiedEntity {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    @Column(name = "panel_id")
    private long panelId;

    private int position;

    private String name = "";

    private String description = "";

    private double weight;

    @Column(name = "min_score")
    private double minScore;

    @Column(name = "max_score")
    private double maxScore;

    protected Criterion() {
    }

    public Criterion(long panelId, int position, String name, String description, double weight, double minScore,
            double maxScore) {
        this.panelId = panelId;
        this.position = position;
        this.name = name;
        this.description = description;
        this.weight = weight;
        this.minScore = minScore;
        this.maxScore = maxScore;
    }

    public long panelId() {
        return panelId;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public double weight() {
        return weight;
    }

    public double minScore() {
        return minScore;
    }

    public double maxScore() {
        return maxScore;
    }
}
