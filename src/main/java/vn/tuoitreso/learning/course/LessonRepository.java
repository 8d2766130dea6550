package vn.tuoitreso.learning.course;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LessonRepository extends JpaRepository<Lesson, Long> {

    List<Lesson> findByCourseIdOrderByPositionAscIdAsc(long courseId);

    boolean existsBySectionId(long sectionId);

    boolean existsByCourseIdAndSlug(long courseId, String slug);

    long countByCourseId(long courseId);

    /** A course's lessons without their bodies: what an outline, a menu or a progress count needs. */
    @Query("""
            select new vn.tuoitreso.learning.course.LessonHeading(l.id, l.sectionId, l.slug, l.title, l.minutes)
            from Lesson l where l.courseId = :courseId order by l.position, l.id""")
    List<LessonHeading> headings(@Param("courseId") long courseId);

    /** Several courses' lessons without their bodies, each course's in reading order (section by section). */
    @Query("""
            select new vn.tuoitreso.learning.course.LessonInCourse(l.courseId, l.id, l.slug, l.title, l.minutes)
            from Lesson l, Section s where s.id = l.sectionId and l.courseId in :courseIds
            order by s.position, s.id, l.position, l.id""")
    List<LessonInCourse> readingOrder(@Param("courseIds") Collection<Long> courseIds);

    @Query("select l.id from Lesson l where l.courseId = :courseId")
    List<Long> idsOfCourse(@Param("courseId") long courseId);

    @Query("select l.courseId, count(l) from Lesson l where l.courseId in :courseIds group by l.courseId")
    List<Object[]> countByCourse(@Param("courseIds") Collection<Long> courseIds);
}
