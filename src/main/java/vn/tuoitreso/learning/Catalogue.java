package vn.tuoitreso.learning;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.learning.course.Course;
import vn.tuoitreso.learning.course.CourseOutlines;
import vn.tuoitreso.learning.course.CourseRepository;
import vn.tuoitreso.shared.Folding;

/**
 * The course catalogue: published courses for everyone signed in, hidden ones too for organisers.
 * Typing without diacritics finds text with them ("thuong mai dien tu" finds "thương mại điện tử").
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Catalogue {

    /** At most this many courses on the public site's catalogue. */
    static final int PUBLIC_LIMIT = 200;

    private final CourseRepository courses;
    private final CourseOutlines outlines;
    private final CurrentUser currentUser;

    Catalogue(CourseRepository courses, CourseOutlines outlines, CurrentUser currentUser) {
        this.courses = courses;
        this.outlines = outlines;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<CourseSummary> find(String text, @Nullable String topic, int offset, int limit) {
        int size = Math.max(1, limit);
        return outlines.summaries(courses.search(seesHidden(), pattern(text), topicPattern(topic),
                PageRequest.of(offset / size, size)));
    }

    @Transactional(readOnly = true)
    public int count(String text, @Nullable String topic) {
        return (int) courses.countSearch(seesHidden(), pattern(text), topicPattern(topic));
    }

    /** The topics of the published courses, sorted. */
    @Transactional(readOnly = true)
    public List<String> topics() {
        TreeSet<String> topics = new TreeSet<>();
        for (String list : courses.publishedTopics()) {
            for (String topic : list.split(",")) {
                if (!topic.isBlank()) {
                    topics.add(topic.strip());
                }
            }
        }
        return List.copyOf(topics);
    }

    @Transactional(readOnly = true)
    public Optional<CourseSummary> course(long id) {
        return courses.findById(id).filter(this::visible).map(outlines::summary);
    }

    @Transactional(readOnly = true)
    public Optional<CourseSummary> course(String slug) {
        return courses.findBySlug(slug).filter(this::visible).map(outlines::summary);
    }

    @Transactional(readOnly = true)
    public Optional<CourseOutline> outline(String slug) {
        return courses.findBySlug(slug).filter(this::visible).map(outlines::outline);
    }

    /** The published courses, for the public site: anyone may read them, signed in or not. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CourseSummary> published() {
        return outlines.summaries(courses.search(false, "", null, PageRequest.of(0, PUBLIC_LIMIT)));
    }

    /** A published course's outline, for the public site; a hidden course is not found. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CourseOutline> publishedOutline(String slug) {
        return courses.findBySlug(slug).filter(Course::published).map(outlines::outline);
    }

    private boolean visible(Course course) {
        return course.published() || seesHidden();
    }

    private boolean seesHidden() {
        return currentUser.isOrganiser();
    }

    private static String pattern(String text) {
        String folded = Folding.fold(text).strip().replace("%", "").replace("_", "").replaceAll("\\s+", " ");
        return folded.isEmpty() ? "" : "%" + folded.replace(" ", "%") + "%";
    }

    private static @Nullable String topicPattern(@Nullable String topic) {
        return topic == null || topic.isBlank() ? null : "%" + topic.strip().replace("%", "") + "%";
    }
}
