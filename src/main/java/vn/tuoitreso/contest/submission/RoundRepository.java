package vn.tuoitreso.contest.submission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<Round, Long> {

    List<Round> findByContestIdOrderByIdAsc(long contestId);
}
