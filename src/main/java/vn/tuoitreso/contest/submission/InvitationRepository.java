package vn.tuoitreso.contest.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.tuoitreso.contest.InvitationStatus;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    List<Invitation> findBySubmissionIdOrderByIdAsc(long submissionId);

    Optional<Invitation> findBySubmissionIdAndContact(long submissionId, String contact);

    Optional<Invitation> findBySubmissionIdAndAccountId(long submissionId, long accountId);

    long countBySubmissionIdAndStatus(long submissionId, InvitationStatus status);

    long countByInvitedByAndCreatedAtAfter(long invitedBy, Instant since);

    List<Invitation> findByContactAndStatusOrderByIdAsc(String contact, InvitationStatus status);
}
