package vn.tuoitreso.quiz.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByQuizIdAndAccountIdOrderByNumberAsc(long quizId, long accountId);

    List<Attempt> findBySubmittedAtIsNullAndDeadlineBefore(java.time.Instant now);
}
