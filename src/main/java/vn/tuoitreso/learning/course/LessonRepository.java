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

    @Query("select l.courseId, count(l) from Lesson l where l.courseId in :courseIds group by l.courseId")
    List<Object[]> countByCourse(@Param("courseIds") Collection<Long> courseIds);
}
