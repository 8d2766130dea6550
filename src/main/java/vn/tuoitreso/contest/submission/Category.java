package vn.tuoitreso.contest.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.shared.IdentifiedEntity;

/** A field of ideas organisers open in a contest ("Học tập", "Lao động", …). */
@Entity
@Table(name = "contest_category")
public class Category extends IdentifiedEntity {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(name = "contest_id")
    private long contestId;

    private String name = "";
    private int position;

    @Version
    private long version;

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

    public long version() {
        return version;
    }

    /** Refuses a change made from a version other than the stored one. */
    public void requireVersion(long readVersion) {
        StaleEditException.requireCurrent(version, readVersion);
    }
}
