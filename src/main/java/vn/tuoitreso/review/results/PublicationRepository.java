package vn.tuoitreso.review.results;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findByPanelId(long panelId);

    List<Publication> findAllByOrderByPublishedAtDescIdDesc(Limit limit);

    List<Publication> findByContestIdOrderByPublishedAtDescIdDesc(long contestId);

    boolean existsByRoundId(long roundId);
}
