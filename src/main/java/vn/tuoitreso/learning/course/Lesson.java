package vn.tuoitreso.learning.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.IdentifiedEntity;

@Entity
@Table(name = "learning_lesson")
public class Lesson extends IdentifiedEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int BODY_MAX_LENGTH = 200_000;
    public static final int VIDEO_URL_MAX_LENGTH = 500;


    @Column(name = "course_id")
    private long courseId;

    // Where a lesson stands is not its content: renumbering after someone adds or moves another lesson
    // must not make an author's open editor stale.
    @Column(name = "section_id")
    @OptimisticLock(excluded = true)
    private long sectionId;

    private String slug = "";
    private String title = "";
    private String body = "";
    private int minutes;

    @Column(name = "video_url", length = VIDEO_URL_MAX_LENGTH)
    private @Nullable String videoUrl;

    @OptimisticLock(excluded = true)
    private int position;

    /** Counts edits of the content (title, body, minutes, video), not moves. */
    @Version
    private long version;

    protected Lesson() {
    }

    public Lesson(long courseId, long sectionId, String slug, int position) {
        this.courseId = courseId;
        this.sectionId = sectionId;
        this.slug = slug;
        this.position = position;
    }

    public void write(String title, String body, int minutes, @Nullable String videoUrl) {
        this.title = title;
        this.body = body;
        this.minutes = minutes;
        this.videoUrl = videoUrl;
    }

    public void moveTo(long sectionId, int position) {
        this.sectionId = sectionId;
        this.position = position;
    }

    public long courseId() {
        return courseId;
    }

    public long sectionId() {
        return sectionId;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public int minutes() {
        return minutes;
    }

    public @Nullable String videoUrl() {
        return videoUrl;
    }

    public int position() {
        return position;
    }

    public long version() {
        return version;
    }
}
