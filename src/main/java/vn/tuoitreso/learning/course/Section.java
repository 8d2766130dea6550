package vn.tuoitreso.learning.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tuoitreso.shared.IdentifiedEntity;

@Entity
@Table(name = "learning_section")
public class Section extends IdentifiedEntity {

    public static final int TITLE_MAX_LENGTH = 200;

    @Column(name = "course_id")
    private long courseId;

    @Column(length = TITLE_MAX_LENGTH)
    private String title = "";

    private int position;

    /** Counts renames and moves, so that a change made from an older reading is refused. */
    @Version
    private long version;

    protected Section() {
    }

    public Section(long courseId, String title, int position) {
        this.courseId = courseId;
        this.title = title;
        this.position = position;
    }

    public long courseId() {
        return courseId;
    }

    public String title() {
        return title;
    }

    public int position() {
        return position;
    }

    public long version() {
        return version;
    }

    public void rename(String title) {
        this.title = title;
    }

    public void moveTo(int position) {
        this.position = position;
    }
}
