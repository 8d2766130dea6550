package vn.tuoitreso.certificate;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.shared.Tally;

/** Certificates counted in the database for reports, by the holder's unit, course and month of the province. */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class CertificateTallies {

    private final JdbcClient jdbc;

    CertificateTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Certificates issued in the period {@code [from, until)} and not revoked; of one course when {@code courseId}
     * is set. A holder who deleted their account has no unit any more and is not counted.
     */
    @Transactional(readOnly = true)
    public List<Tally> issued(Instant from, Instant until, @Nullable Long courseId) {
        return jdbc.sql("SELECT m.unit_id, c.course_id, " + Tally.monthOf("c.issued_at") + " AS month, COUNT(*)"
                + " FROM certificate_certificate c JOIN identity_member m ON m.account_id = c.account_id"
                + " WHERE c.issued_at >= :from AND c.issued_at < :until AND c.revoked_at IS NULL"
                + " AND (:course IS NULL OR c.course_id = :course)"
                + " GROUP BY m.unit_id, c.course_id, month")
                .param("from", Tally.utc(from)).param("until", Tally.utc(until)).param("course", courseId)
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4))).list();
    }

    /**
     * How many certificates each of these holders was issued in the period and still holds, of one course when
     * {@code courseId} is set. Holders of none are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> heldBy(Collection<Long> accountIds, Instant from, Instant until,
            @Nullable Long courseId) {
        Map<Long, Long> held = new HashMap<>();
        if (accountIds.isEmpty()) {
            return held;
        }
        jdbc.sql("""
                SELECT account_id, COUNT(*) FROM certificate_certificate
                WHERE account_id IN (:accounts) AND issued_at >= :from AND issued_at < :until
                  AND revoked_at IS NULL AND (:course IS NULL OR course_id = :course)
                GROUP BY account_id""")
                .param("accounts", accountIds).param("from", Tally.utc(from)).param("until", Tally.utc(until))
                .param("course", courseId)
                .query((rs, n) -> held.put(rs.getLong(1), rs.getLong(2))).list();
        return held;
    }
}
