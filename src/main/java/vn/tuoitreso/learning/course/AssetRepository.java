package vn.tuoitreso.learning.course;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssetRepository extends JpaRepository<Asset, Long> {

    List<Asset> findByLessonIdAndKindOrderByIdAsc(long lessonId, Asset.Kind kind);

    List<Asset> findByCourseIdAndKind(long courseId, Asset.Kind kind);
}
