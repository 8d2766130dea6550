package vn.tuoitreso.quiz.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredQuestionRepository extends JpaRepository<StoredQuestion, Long> {

    List<StoredQuestion> findByCourseIdOrderByIdAsc(long courseId);

    List<StoredQuestion> findByCourseIdAndCategoryOrderByIdAsc(long courseId, String category);
}
