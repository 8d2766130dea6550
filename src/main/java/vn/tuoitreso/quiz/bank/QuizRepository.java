package vn.tuoitreso.quiz.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizRepository extends JpaRepository<Quiz, Long> {

    List<Quiz> findByCourseIdOrderByIdAsc(long courseId);
}
