package vn.tuoitreso.learning.course;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findBySlug(String slug);

    String FILTER = """
            from Course c where (:all = true or c.published = true)
            and (:text = '' or c.searchText like :text)
            and (:topic is null or c.topics like :topic)""";

    @Query("select c " + FILTER + " order by c.displayOrder, c.title")
    List<Course> search(@Param("all") boolean all, @Param("text") String text, @Param("topic") @Nullable String topic,
            Pageable page);

    @Query("select count(c) " + FILTER)
    long countSearch(@Param("all") boolean all, @Param("text") String text, @Param("topic") @Nullable String topic);

    @Query("select c.topics from Course c where c.published = true")
    List<String> publishedTopics();

    @Query("select coalesce(max(c.displayOrder), 0) from Course c")
    int lastDisplayOrder();
}
