package vn.tuoitreso.learning.course;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseReferences;
import vn.tuoitreso.shared.Folding;
import vn.tuoitreso.shared.IdentifiedEntity;

@Entity
@Table(name = "learning_course")
public class Course extends IdentifiedEntity {

    public static final int SLUG_MAX_LENGTH = 120;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 1000;
    public static final int TOPICS_MAX_LENGTH = 500;


    private String slug = "";
    private String title = "";
    private String summary = "";
    private String topics = "";

    @Enumerated(EnumType.STRING)
    private CourseLevel level = CourseLevel.BASIC;

    @Column(name = "estimated_minutes")
    private int estimatedMinutes;

    // Publishing, hiding and the catalogue order are not the description: they must not make an open
    // description editor stale.
    @OptimisticLock(excluded = true)
    private boolean published;

    @Column(name = "display_order")
    @OptimisticLock(excluded = true)
    private int displayOrder;

    @Column(name = "search_text")
    private String searchText = "";

    @Column(name = "updated_at")
    @OptimisticLock(excluded = true)
    private Instant updatedAt = Instant.EPOCH;

    /** Counts changes of the description and references, so that a save from an older reading is refused. */
    @Version
    private long version;

    @Column(name = "content_checked")
    private @Nullable LocalDate contentChecked;

    @ElementCollection
    @CollectionTable(name = "learning_course_source", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<SourceEntry> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "learning_course_term", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<TermEntry> glossary = new ArrayList<>();

    protected Course() {
    }

    public Course(String slug, int displayOrder, Instant now) {
        this.slug = slug;
        this.displayOrder = displayOrder;
        this.updatedAt = now;
    }

    public void describe(String title, String summary, List<String> topics, CourseLevel level, int estimatedMinutes,
            Instant now) {
        this.title = title;
        this.summary = summary;
        this.topics = String.join(", ", topics);
        this.level = level;
        this.estimatedMinutes = estimatedMinutes;
        this.searchText = Folding.fold(title + " \n " + summary + " \n " + this.topics);
        this.updatedAt = now;
    }

    /** Records what the content rests on, as checked on {@code references.checked()}. */
    public void reference(CourseReferences references, Instant now) {
        contentChecked = references.checked();
        sources.clear();
        references.sources().forEach(r -> sources.add(new SourceEntry(r.title(), r.url())));
        glossary.clear();
        references.glossary().forEach(t -> glossary.add(new TermEntry(t.term(), t.meaning())));
        updatedAt = now;
    }

    public @Nullable LocalDate contentChecked() {
        return contentChecked;
    }

    public CourseReferences references() {
        return new CourseReferences(contentChecked,
                sources.stream().map(e -> new CourseReferences.Source(e.title, e.url)).toList(),
                glossary.stream().map(e -> new CourseReferences.Term(e.term, e.meaning)).toList());
    }

    @Embeddable
    static class SourceEntry {
        @Column(name = "title")
        private String title = "";

        @Column(name = "url")
        private @Nullable String url;

        protected SourceEntry() {
        }

        SourceEntry(String title, @Nullable String url) {
            this.title = title;
            this.url = url;
        }
    }

    @Embeddable
    static class TermEntry {
        @Column(name = "term")
        private String term = "";

        @Column(name = "meaning")
        private String meaning = "";

        protected TermEntry() {
        }

        TermEntry(String term, String meaning) {
            this.term = term;
            this.meaning = meaning;
        }
    }

    public void placeInCatalogue(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    public void publish(Instant now) {
        published = true;
        updatedAt = now;
    }

    public void hide(Instant now) {
        published = false;
        updatedAt = now;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public List<String> topics() {
        return topics.isBlank() ? List.of() : Arrays.stream(topics.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
    }

    public CourseLevel level() {
        return level;
    }

    public int estimatedMinutes() {
        return estimatedMinutes;
    }

    public boolean published() {
        return published;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public long version() {
        return version;
    }
}
