package vn.tuoitreso.review.results;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NameConsentRepository extends JpaRepository<NameConsent, Long> {

    Optional<NameConsent> findBySubmissionIdAndAccountId(long submissionId, long accountId);

    List<NameConsent> findBySubmissionIdInAndShownTrue(Collection<Long> submissionIds);
}
