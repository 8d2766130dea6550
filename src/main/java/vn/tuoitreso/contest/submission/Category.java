package vn.tuoitreso.contest.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tuoitreso.shared.IdentifiedEntity;

@Entity
@Table(name = "contest_category")
public class Category extends IdentifiedEntity {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(name = "contest_id")
    private long contestId;

    private String name = "";
    private int position;

    protected Category() {
    }

    public Category(long contestId, String name, int position) {
        this.contestId = contestId;
        this.name = name;
        this.position = position;
    }

    public long contestId() {
        return contestId;
    }

    public String name() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
