package vn.tuoitreso.review.panel;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findByPanelIdOrderByPositionAsc(long panelId);

    void deleteByPanelId(long panelId);
}
