package vn.tuoitreso.learning.course;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssetRepository extends JpaRepository<Asset, Long> {

    List<Asset> findByLessonIdAndKindOrderByIdAsc(long lessonId, Asset.Kind kind);

    List<Asset> findByCourseIdAndKind(long courseId, Asset.Kind kind);

    /** A lesson's files of one kind without their bytes (a lesson page lists them; the bytes come by link). */
    @Query("""
            select new vn.tuoitreso.learning.course.AssetHeading(a.id, a.fileName, a.contentType, a.sizeBytes)
            from Asset a where a.lessonId = :lessonId and a.kind = :kind order by a.id""")
    List<AssetHeading> headings(@Param("lessonId") long lessonId, @Param("kind") Asset.Kind kind);
}
