package vn.tuoitreso.identity.recovery;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.tuoitreso.identity.RecoveryMethod;

public interface PasswordResets extends JpaRepository<PasswordReset, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PasswordReset> findBySecretHash(String secretHash);

    /** The same, without a lock, for a read-only look. */
    Optional<PasswordReset> readBySecretHash(String secretHash);

    /** The account's resets of one kind that were not used or withdrawn, locked against parallel guesses. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PasswordReset r where r.accountId = :accountId and r.method = :method and r.usedAt is null")
    List<PasswordReset> findOpen(@Param("accountId") long accountId, @Param("method") RecoveryMethod method);

    @Query("select r from PasswordReset r where r.accountId = :accountId and r.usedAt is null")
    List<PasswordReset> findAllOpen(@Param("accountId") long accountId);

    List<PasswordReset> findByAccountIdOrderByCreatedAt(long accountId);

    long countByAccountIdAndMethodAndCreatedAtAfter(long accountId, RecoveryMethod method, Instant since);
}
