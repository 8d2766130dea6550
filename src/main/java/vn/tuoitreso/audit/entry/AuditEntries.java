package vn.tuoitreso.audit.entry;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.tuoitreso.audit.AuditAction;

public interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    boolean existsByActionAndSubjectRefAndOccurredAt(AuditAction action, String subjectRef, Instant occurredAt);

    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "UPDATE audit_entry SET actor_name = CASE WHEN actor_id = :accountId THEN NULL ELSE actor_name END,"
            + " subject_name = CASE WHEN subject_ref = :subjectRef THEN NULL ELSE subject_name END"
            + " WHERE actor_id = :accountId OR subject_ref = :subjectRef", nativeQuery = true)
    int forget(@Param("accountId") long accountId, @Param("subjectRef") String subjectRef);

    String FILTER = """
            from AuditEntry e where (:action is null or e.action = :action)
            and (:actor = '' or lower(e.actorName) like :actor)
            and (:from is null or e.occurredAt >= :from) and (:until is null or e.occurredAt < :until)""";

    @Query("select e " + FILTER + " order by e.occurredAt desc, e.id desc")
    List<AuditEntry> search(@Param("action") @Nullable AuditAction action, @Param("actor") String actor,
            @Param("from") @Nullable Instant from, @Param("until") @Nullable Instant until, Pageable page);

    @Query("select count(e) " + FILTER)
    long countSearch(@Param("action") @Nullable AuditAction action, @Param("actor") String actor,
            @Param("from") @Nullable Instant from, @Param("until") @Nullable Instant until);
}
