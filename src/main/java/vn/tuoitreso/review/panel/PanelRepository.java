package vn.tuoitreso.review.panel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelRepository extends JpaRepository<Panel, Long> {

    Optional<Panel> findByRoundId(long roundId);

    List<Panel> findByContestIdOrderByIdAsc(long contestId);

    List<Panel> findByPublishedAtIsNotNullOrderByPublishedAtDesc();
}
