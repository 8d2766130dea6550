package vn.tuoitreso.identity;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.shared.Tally;

/**
 * How many members each unit has, counted in the database, for reports; and, for those responsible for a unit,
 * its members by name. Other modules' aggregate queries find a member's unit through the view
 * {@code identity_member (account_id, unit_id)}, which identity publishes for that purpose alone.
 */
@Service
public class Members {

    private final JdbcClient jdbc;
    private final Units units;
    private final CurrentUser currentUser;

    Members(JdbcClient jdbc, Units units, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** Enabled accounts registered before {@code until}, by unit ID (units without members are absent). */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public Map<Long, Long> perUnit(Instant until) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT unit_id, COUNT(*) FROM identity_account
                WHERE enabled = TRUE AND created_at < :until GROUP BY unit_id""")
                .param("until", Tally.utc(until))
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /**
     * Whether the caller may see by name the members of a unit and its sub-units (none: every unit):
     * administrators any unit, organisers their own unit and the units under it.
     */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public boolean mayName(@Nullable Long unitId) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        if (unitId == null) {
            return false;
        }
        Long own = jdbc.sql("SELECT unit_id FROM identity_account WHERE id = :id")
                .param("id", currentUser.requireAccountId()).query(Long.class).optional().orElse(null);
        return own != null && subtree(own).contains(unitId);
    }

    /**
     * Up to {@code size} members (enabled accounts registered before {@code until}) of a unit and its sub-units
     * (none: every unit), by account ID after {@code afterId}: a list of any length is read page after page from
     * where the last one ended, never by skipping an offset. Only for a caller who {@link #mayName may name them}.
     */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public List<NamedMember> named(@Nullable Long unitId, Instant until, long afterId, int size) {
        if (!mayName(unitId)) {
            throw new AccessDeniedException("not responsible for unit " + unitId);
        }
        // in the order of the primary key: each page reads on from the last, whatever the units' share
        JdbcClient.StatementSpec query = jdbc.sql("SELECT id, full_name, unit_id FROM identity_account"
                + " FORCE INDEX (PRIMARY) WHERE id > :after AND enabled = TRUE AND created_at < :until"
                + (unitId == null ? "" : " AND unit_id IN (:units)") + " ORDER BY id LIMIT :size")
                .param("after", afterId).param("until", Tally.utc(until)).param("size", size);
        if (unitId != null) {
            query = query.param("units", subtree(unitId));
        }
        return query.query((rs, n) -> new NamedMember(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** A unit and every unit under it. */
    private Set<Long> subtree(long unitId) {
        Set<Long> below = new HashSet<>();
        below.add(unitId);
        // the tree lists each parent before its children
        for (UnitSummary unit : units.tree()) {
            if (unit.parentId() != null && below.contains(unit.parentId())) {
                below.add(unit.id());
            }
        }
        return below;
    }
}
