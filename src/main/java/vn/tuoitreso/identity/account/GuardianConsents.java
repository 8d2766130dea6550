package vn.tuoitreso.identity.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuardianConsents extends JpaRepository<GuardianConsent, Long> {

    Optional<GuardianConsent> findByAccountId(long accountId);
}
