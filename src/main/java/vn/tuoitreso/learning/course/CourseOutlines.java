package vn.tuoitreso.learning.course;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tuoitreso.learning.AssetSummary;
import vn.tuoitreso.learning.CourseOutline;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.LessonSummary;
import vn.tuoitreso.learning.SectionOutline;

/** Builds the summaries and outlines the learning API hands out, from the entities. */
@Component
public class CourseOutlines {

    private final SectionRepository sections;
    private final LessonRepository lessons;

    CourseOutlines(SectionRepository sections, LessonRepository lessons) {
        this.sections = sections;
        this.lessons = lessons;
    }

    public CourseSummary summary(Course course) {
        return summary(course, (int) lessons.countByCourseId(course.id()));
    }

    public List<CourseSummary> summaries(Collection<Course> courses) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!courses.isEmpty()) {
            for (Object[] row : lessons.countByCourse(courses.stream().map(Course::id).toList())) {
                counts.put((Long) row[0], ((Long) row[1]).intValue());
            }
        }
        return courses.stream().map(c -> summary(c, counts.getOrDefault(c.id(), 0))).toList();
    }

    public CourseOutline outline(Course course) {
        // headings only: an outline never needs the lessons' bodies
        List<LessonHeading> all = lessons.headings(course.id());
        List<SectionOutline> result = new ArrayList<>();
        for (Section section : sections.findByCourseIdOrderByPositionAscIdAsc(course.id())) {
            result.add(new SectionOutline(section.id(), section.title(), all.stream()
                    .filter(l -> l.sectionId() == section.id())
                    .map(l -> new LessonSummary(l.id(), l.slug(), l.title(), l.minutes())).toList(), section.version()));
        }
        return new CourseOutline(summary(course, all.size()), result, course.references());
    }

    /** The lessons of each course in reading order, as {@link CourseOutline#lessons()}, in one statement. */
    public Map<Long, List<LessonSummary>> readingOrders(Collection<Long> courseIds) {
        Map<Long, List<LessonSummary>> result = new HashMap<>();
        if (!courseIds.isEmpty()) {
            for (LessonInCourse l : lessons.readingOrder(courseIds)) {
                result.computeIfAbsent(l.courseId(), id -> new ArrayList<>())
                        .add(new LessonSummary(l.id(), l.slug(), l.title(), l.minutes()));
            }
        }
        return result;
    }

    public static LessonSummary lesson(Lesson lesson) {
        return new LessonSummary(lesson.id(), lesson.slug(), lesson.title(), lesson.minutes());
    }

    public static AssetSummary asset(Asset asset) {
        return asset(new AssetHeading(asset.id(), asset.fileName(), asset.contentType(), asset.sizeBytes()));
    }

    public static AssetSummary asset(AssetHeading asset) {
        return new AssetSummary(asset.id(), asset.fileName(), asset.contentType(), asset.sizeBytes(),
                "media/" + asset.id() + "/" + java.net.URLEncoder.encode(asset.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }

    public static CourseSummary summary(Course course, int lessonCount) {
        return new CourseSummary(course.id(), course.slug(), course.title(), course.summary(), course.topics(),
                course.level(), course.estimatedMinutes(), lessonCount, course.published(), course.contentChecked());
    }
}
