package vn.tuoitreso.quiz.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuizQuestionRepository extends JpaRepository<QuizQuestion, QuizQuestion.Key> {

    List<QuizQuestion> findByKeyQuizIdOrderByPositionAsc(long quizId);

    @Modifying
    @Query("delete from QuizQuestion q where q.key.quizId = :quizId")
    void deleteByQuizId(@Param("quizId") long quizId);
}
