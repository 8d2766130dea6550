package vn.tuoitreso.review.results;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRepository extends JpaRepository<Award, Long> {

    List<Award> findByPublicationIdInOrderByCategoryNameAscPlaceAscCodeAsc(Collection<Long> publicationIds);

    List<Award> findBySubmissionId(long submissionId);

}
