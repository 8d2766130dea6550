package vn.tuoitreso.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One page of the organisers' list, read in the database: the page's IDs from the narrow columns of
 * {@code contest_submission} (an index on contest and update time), then for those IDs only the shown fields of
 * the revision last sent, taken out of its JSON by the database ({@code JSON_VALUE}), so neither the four long
 * texts nor the snapshots travel. A page costs the same two statements whatever the contest's size.
 */
@Component
class SubmissionPages {

    /** Rows of the list, before names are looked up: the IDs of category, round, unit and owner. */
    record Line(long id, String code, String title, @Nullable Long categoryId, long roundId, @Nullable Long unitId,
            @Nullable Long ownerAccountId, String teamNames, SubmissionStatus status, int revision,
            @Nullable Instant sentAt, Instant updatedAt, int attachments) {
    }

    // the filter, and a draft opened and left empty is not an entry (as in Submissions.list)
    private static final String WHERE = """
             WHERE s.contest_id = :contest
               AND (:round IS NULL OR s.round_id = :round)
               AND (:category IS NULL OR s.category_id = :category)
               AND (:status IS NULL OR s.status = :status)
               AND (:anyUnit OR s.unit_id IN (:units))
               AND NOT (s.status = 'DRAFT' AND s.revision = 0 AND s.category_id IS NULL AND s.title = ''
                        AND s.summary = '' AND s.problem = '' AND s.solution = '' AND s.impact = ''
                        AND s.feasibility = ''
                        AND NOT EXISTS (SELECT 1 FROM contest_team_member m WHERE m.submission_id = s.id)
                        AND NOT EXISTS (SELECT 1 FROM contest_attachment a
                                        WHERE a.submission_id = s.id AND a.removed_at IS NULL))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    SubmissionPages(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long count(SubmissionFilter filter, Set<Long> unitIds) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM contest_submission s " + WHERE,
                parameters(filter, unitIds), Long.class);
        return count == null ? 0 : count;
    }

    List<Line> page(SubmissionFilter filter, Set<Long> unitIds, int offset, int limit) {
        MapSqlParameterSource parameters = parameters(filter, unitIds).addValue("offset", Math.max(0, offset))
                .addValue("limit", Math.max(0, limit));
        // A sent idea is shown as its revision last sent; a draft as it stands.
        return jdbc.query("""
                SELECT s.id, s.code, s.round_id, s.unit_id, s.owner_account_id, s.status, s.revision, s.updated_at,
                       IF(r.submission_id IS NULL, s.title, JSON_VALUE(r.snapshot, '$.idea.title')) AS title,
                       IF(r.submission_id IS NULL, s.category_id,
                          JSON_VALUE(r.snapshot, '$.idea.categoryId')) AS category_id,
                       IF(r.submission_id IS NULL, NULL,
                          JSON_EXTRACT(r.snapshot, '$.idea.team[*].fullName')) AS sent_team,
                       IF(r.submission_id IS NULL,
                          (SELECT GROUP_CONCAT(m.full_name ORDER BY m.position SEPARATOR ', ')
                           FROM contest_team_member m WHERE m.submission_id = s.id), NULL) AS draft_team,
                       IF(r.submission_id IS NULL,
                          (SELECT COUNT(*) FROM contest_attachment a
                           WHERE a.submission_id = s.id AND a.removed_at IS NULL),
                          COALESCE(JSON_LENGTH(r.snapshot, '$.attachments'), 0)) AS files,
                       r.created_at AS sent_at
                FROM (SELECT s.id FROM contest_submission s""" + " " + WHERE + """

                      ORDER BY s.updated_at DESC, s.id DESC LIMIT :limit OFFSET :offset) p
                JOIN contest_submission s ON s.id = p.id
                LEFT JOIN contest_submission_revision r ON r.submission_id = s.id AND r.revision = s.revision
                                                       AND s.revision > 0
                ORDER BY s.updated_at DESC, s.id DESC""", parameters, this::line);
    }

    private Line line(ResultSet rs, int row) throws SQLException {
        String sentTeam = rs.getString("sent_team");
        String teamNames = sentTeam == null ? nullToEmpty(rs.getString("draft_team")) : names(sentTeam);
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new Line(rs.getLong("id"), rs.getString("code"), nullToEmpty(rs.getString("title")),
                nullableLong(rs, "category_id"), rs.getLong("round_id"), nullableLong(rs, "unit_id"),
                nullableLong(rs, "owner_account_id"), teamNames, SubmissionStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"), sentAt == null ? null : utc(sentAt), utc(rs.getTimestamp("updated_at")),
                rs.getInt("files"));
    }

    private String names(String jsonArray) {
        List<String> names = new ArrayList<>();
        for (JsonNode name : json.readTree(jsonArray)) {
            names.add(name.asString());
        }
        return String.join(", ", names);
    }

    private static MapSqlParameterSource parameters(SubmissionFilter filter, Collection<Long> unitIds) {
        return new MapSqlParameterSource(Map.of("contest", filter.contestId(), "anyUnit", filter.unitId() == null,
                "units", unitIds.isEmpty() ? List.of(-1L) : unitIds))
                .addValue("round", filter.roundId())
                .addValue("category", filter.categoryId())
                .addValue("status", filter.status() == null ? null : filter.status().name());
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null || value.isBlank() || "null".equals(value) ? null : Long.valueOf(value);
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The column holds UTC (hibernate.jdbc.time_zone); read it as such, whatever the JVM's zone. */
    private static Instant utc(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }
}
