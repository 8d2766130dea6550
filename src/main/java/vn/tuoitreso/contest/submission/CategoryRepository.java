package vn.tuoitreso.contest.submission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

    List<Category> findByContestIdOrderByIdAsc(long contestId);
}
