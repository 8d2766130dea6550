package vn.tuoitreso.learning.progress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompletionRepository extends JpaRepository<Completion, Completion.Key> {

    List<Completion> findByKeyEnrolmentId(long enrolmentId);

    List<Completion> findByKeyEnrolmentIdIn(Collection<Long> enrolmentIds);

    List<Completion> findByKeyLessonId(long lessonId);
}
