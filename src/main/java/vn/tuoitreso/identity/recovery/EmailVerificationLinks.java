package vn.tuoitreso.identity.recovery;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailVerificationLinks extends JpaRepository<EmailVerificationLink, Long> {

    Optional<EmailVerificationLink> findBySecretHash(String secretHash);

    long countByAccountIdAndCreatedAtAfter(long accountId, Instant since);
}
