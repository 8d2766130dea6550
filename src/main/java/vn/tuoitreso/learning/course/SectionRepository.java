package vn.tuoitreso.learning.course;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectionRepository extends JpaRepository<Section, Long> {

    List<Section> findByCourseIdOrderByPositionAscIdAsc(long courseId);
}
