package vn.tuoitreso.quiz.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptSlotRepository extends JpaRepository<AttemptSlot, AttemptSlot.Key> {

    List<AttemptSlot> findByKeyAttemptIdOrderByKeySlotAsc(long attemptId);
}
