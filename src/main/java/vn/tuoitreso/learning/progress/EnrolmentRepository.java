package vn.tuoitreso.learning.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByCourseIdAndAccountId(long courseId, long accountId);

    List<Enrolment> findByAccountIdOrderByLastVisitedAtDesc(long accountId);
}
