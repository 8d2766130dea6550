package vn.tuoitreso.learning.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "learning_section")
public class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id")
    private long courseId;

    private String title = "";

    private int position;

    protected Section() {
    }

    public Section(long courseId, String title, int position) {
        this.courseId = courseId;
        this.title = title;
        this.position = position;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
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

    public void rename(String title) {
        this.title = title;
    }

    public void moveTo(int position) {
        this.position = position;
    }
}
