package vn.tuoitreso.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.certificate.CertificateTallies;
import vn.tuoitreso.contest.ContestTallies;
import vn.tuoitreso.identity.Members;
import vn.tuoitreso.identity.NamedMember;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.LearningTallies;
import vn.tuoitreso.learning.StudyTally;
import vn.tuoitreso.quiz.QuizTallies;
import vn.tuoitreso.quiz.QuizTally;
import vn.tuoitreso.review.JudgingTallies;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.Tally;

/**
 * The organisers' reports. Every figure is counted by the module that owns the data, in the database, grouped by
 * unit, subject and month; here the units are rolled up the tree (a few hundred lines, whatever the number of
 * learners). No person's name or contact is read, except in the learners' progress, which only those responsible
 * for the learners' unit may read.
 */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class Reports {

    private final Units units;
    private final Members members;
    private final LearningTallies learning;
    private final QuizTallies quizzes;
    private final CertificateTallies certificates;
    private final ContestTallies contest;
    private final JudgingTallies judging;

    Reports(Units units, Members members, LearningTallies learning, QuizTallies quizzes,
            CertificateTallies certificates, ContestTallies contest, JudgingTallies judging) {
        this.units = units;
        this.members = members;
        this.learning = learning;
        this.quizzes = quizzes;
        this.certificates = certificates;
        this.contest = contest;
        this.judging = judging;
    }

    /** The units a report may cover, in tree order. */
    @Transactional(readOnly = true)
    public List<UnitSummary> units() {
        return units.tree();
    }

    /** The courses a dashboard may be narrowed to: titles by ID. */
    @Transactional(readOnly = true)
    public Map<Long, String> courses() {
        return learning.courseTitles();
    }

    /** The dashboard of a unit (with its sub-units), a course and a period; read in one snapshot. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(ReportFilter filter) {
        Scope scope = scope(filter.unitId());
        Instant from = filter.period().start();
        Instant until = filter.period().end();
        List<Tally> enrolments = learning.enrolments(from, until, filter.courseId());
        List<Tally> completions = learning.completions(from, until, filter.courseId());
        List<QuizTally> attempts = quizzes.attempts(from, until, filter.courseId());
        List<Tally> issued = certificates.issued(from, until, filter.courseId());
        List<Tally> ideas = contest.ideas(from, until);

        Map<Long, Figures> byBucket = new HashMap<>();
        Map<Long, Figures> byCourse = new HashMap<>();
        Map<String, Figures> byMonth = new HashMap<>();
        Map<Long, Figures> byCategory = new HashMap<>();
        for (Tally t : enrolments) {
            add(scope, t.unitId(), new Figures(t.count(), 0, 0, 0, 0, 0), t.subjectId(), t.month(), byBucket,
                    byCourse, byMonth);
        }
        for (Tally t : completions) {
            add(scope, t.unitId(), new Figures(0, t.count(), 0, 0, 0, 0), t.subjectId(), t.month(), byBucket,
                    byCourse, byMonth);
        }
        for (QuizTally t : attempts) {
            add(scope, t.unitId(), new Figures(0, 0, t.attempts(), t.passed(), 0, 0), t.courseId(), t.month(),
                    byBucket, byCourse, byMonth);
        }
        for (Tally t : issued) {
            add(scope, t.unitId(), new Figures(0, 0, 0, 0, t.count(), 0), t.subjectId(), t.month(), byBucket,
                    byCourse, byMonth);
        }
        for (Tally t : ideas) {
            Long bucket = scope.bucket(t.unitId());
            if (bucket != null) {
                Figures f = new Figures(0, 0, 0, 0, 0, t.count());
                byBucket.merge(bucket, f, Figures::plus);
                byMonth.merge(t.month(), f, Figures::plus);
                byCategory.merge(t.subjectId(), f, Figures::plus);
            }
        }
        Map<Long, Long> memberCounts = rolledUp(scope, members.perUnit(until));

        List<Dashboard.UnitLine> unitLines = new ArrayList<>();
        Long own = scope.id();
        if (own != null && (memberCounts.containsKey(Scope.OWN) || byBucket.containsKey(Scope.OWN))) {
            unitLines.add(new Dashboard.UnitLine(own, scope.name(), memberCounts.getOrDefault(Scope.OWN, 0L),
                    byBucket.getOrDefault(Scope.OWN, Figures.NONE), true));
        }
        for (UnitSummary child : scope.children()) {
            unitLines.add(new Dashboard.UnitLine(child.id(), child.name(), memberCounts.getOrDefault(child.id(), 0L),
                    byBucket.getOrDefault(child.id(), Figures.NONE), false));
        }
        Map<Long, String> titles = learning.courseTitles();
        List<Dashboard.Line> courseLines = new ArrayList<>();
        titles.forEach((id, title) -> {
            if (filter.courseId() == null || filter.courseId() == id) {
                courseLines.add(new Dashboard.Line(id, title, byCourse.getOrDefault(id, Figures.NONE)));
            }
        });
        List<Dashboard.Line> monthLines = filter.period().months().stream()
                .map(m -> new Dashboard.Line(0, m, byMonth.getOrDefault(m, Figures.NONE))).toList();
        Map<Long, String> categoryNames = contest.categoryNames();
        List<Dashboard.Line> categoryLines = byCategory.entrySet().stream()
                .map(e -> new Dashboard.Line(e.getKey(), categoryNames.getOrDefault(e.getKey(), ""), e.getValue()))
                .sorted(Comparator.comparingLong((Dashboard.Line l) -> -l.figures().ideas())
                        .thenComparing(Dashboard.Line::name))
                .toList();
        Figures total = byBucket.values().stream().reduce(Figures.NONE, Figures::plus);
        return new Dashboard(filter, scope.name(), total, unitLines, courseLines, monthLines, categoryLines,
                judging.progress());
    }

    /**
     * Whether the caller may see by name the learners a filter covers: administrators always, organisers for
     * their own unit and the units under it.
     */
    @Transactional(readOnly = true)
    public boolean mayListLearners(@Nullable Long unitId) {
        return members.mayName(scope(unitId).id());
    }

    /**
     * The progress of the learners of the filter's unit and its sub-units (members registered before the period's
     * end, whether active or not), by account ID after {@code afterId}, up to {@code size}: a page of names read
     * from identity, then each figure counted for that page alone by the module that owns it. Refused unless the
     * caller {@link #mayListLearners may list them}.
     */
    @Transactional(readOnly = true)
    public List<LearnerProgress> progress(ReportFilter filter, long afterId, int size) {
        Scope scope = scope(filter.unitId());
        Instant from = filter.period().start();
        Instant until = filter.period().end();
        List<NamedMember> page = members.named(scope.id(), until, afterId, size);
        List<Long> ids = page.stream().map(NamedMember::accountId).toList();
        Map<Long, StudyTally> studies = learning.studies(ids, from, until, filter.courseId());
        Map<Long, Long> passed = quizzes.passedBy(ids, from, until, filter.courseId());
        Map<Long, Long> held = certificates.heldBy(ids, from, until, filter.courseId());
        Map<Long, String> paths = new HashMap<>();
        units.tree().forEach(u -> paths.put(u.id(), u.path()));
        return page.stream().map(m -> {
            StudyTally study = studies.getOrDefault(m.accountId(), new StudyTally(m.accountId(), 0, 0, 0));
            return new LearnerProgress(m.accountId(), m.fullName(), paths.getOrDefault(m.unitId(), ""),
                    study.enrolments(), study.completions(), study.lessonsDone(),
                    passed.getOrDefault(m.accountId(), 0L), held.getOrDefault(m.accountId(), 0L));
        }).toList();
    }

    /**
     * The emulation table of a unit's sub-units (none: the province's units) for a period: members (enabled
     * accounts registered before its end), members who completed at least one course in it, certificates issued
     * in it, members who sent a contest idea in it.
     */
    @Transactional(readOnly = true)
    public EmulationTable emulation(@Nullable Long unitId, ReportPeriod period) {
        Scope scope = scope(unitId);
        Instant from = period.start();
        Instant until = period.end();
        Map<Long, Long> memberCounts = rolledUp(scope, members.perUnit(until));
        Map<Long, Long> completers = rolledUp(scope, learning.completers(from, until));
        Map<Long, Long> issued = rolledUp(scope, certificates.issued(from, until, null));
        Map<Long, Long> participants = rolledUp(scope, contest.participants(from, until));
        List<EmulationTable.Row> unranked = scope.children().stream()
                .map(u -> new EmulationTable.Row(0, u.id(), u.name(), memberCounts.getOrDefault(u.id(), 0L),
                        completers.getOrDefault(u.id(), 0L), issued.getOrDefault(u.id(), 0L),
                        participants.getOrDefault(u.id(), 0L)))
                .sorted(Comparator.comparingDouble(EmulationTable.Row::completedShare).reversed()
                        .thenComparing(Comparator.comparingDouble(EmulationTable.Row::certificatesPer100).reversed())
                        .thenComparing(Comparator.comparingDouble(EmulationTable.Row::participation).reversed())
                        .thenComparing(EmulationTable.Row::unitName))
                .toList();
        List<EmulationTable.Row> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            EmulationTable.Row row = unranked.get(i);
            int rank = i + 1;
            if (i > 0 && sameFigures(row, unranked.get(i - 1))) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(new EmulationTable.Row(rank, row.unitId(), row.unitName(), row.members(), row.completers(),
                    row.certificates(), row.participants()));
        }
        return new EmulationTable(period, scope.name(), ranked);
    }

    private static boolean sameFigures(EmulationTable.Row a, EmulationTable.Row b) {
        return a.completedShare() == b.completedShare() && a.certificatesPer100() == b.certificatesPer100()
                && a.participation() == b.participation();
    }

    private static void add(Scope scope, long unitId, Figures figures, long courseId, String month,
            Map<Long, Figures> byBucket, Map<Long, Figures> byCourse, Map<String, Figures> byMonth) {
        Long bucket = scope.bucket(unitId);
        if (bucket == null) {
            return;
        }
        byBucket.merge(bucket, figures, Figures::plus);
        byCourse.merge(courseId, figures, Figures::plus);
        byMonth.merge(month, figures, Figures::plus);
    }

    private static Map<Long, Long> rolledUp(Scope scope, Map<Long, Long> perUnit) {
        Map<Long, Long> result = new HashMap<>();
        perUnit.forEach((unit, count) -> {
            Long bucket = scope.bucket(unit);
            if (bucket != null) {
                result.merge(bucket, count, Long::sum);
            }
        });
        return result;
    }

    private static Map<Long, Long> rolledUp(Scope scope, List<Tally> tallies) {
        Map<Long, Long> perUnit = new HashMap<>();
        tallies.forEach(t -> perUnit.merge(t.unitId(), t.count(), Long::sum));
        return rolledUp(scope, perUnit);
    }

    private Scope scope(@Nullable Long unitId) {
        List<UnitSummary> tree = units.tree();
        if (unitId != null && tree.stream().noneMatch(u -> u.id() == unitId)) {
            throw InvalidInputException.of("unit", "reporting.validation.unit");
        }
        // without a unit: the whole tree, from its single root (the province) when it has one
        Long scopeId = unitId;
        List<UnitSummary> roots = tree.stream().filter(u -> u.parentId() == null).toList();
        if (scopeId == null && roots.size() == 1) {
            scopeId = roots.get(0).id();
        }
        return Scope.of(tree, scopeId);
    }

    /**
     * The unit a report covers and, for every unit in the tree, the line it is counted in: the sub-unit of the
     * scope it lies under, {@link #OWN} for the scope itself, none when outside.
     */
    private record Scope(@Nullable Long id, String name, List<UnitSummary> children, Map<Long, Long> buckets) {

        static final long OWN = -1;

        static Scope of(List<UnitSummary> tree, @Nullable Long scopeId) {
            Map<Long, Long> buckets = new LinkedHashMap<>();
            List<UnitSummary> children = new ArrayList<>();
            String name = "";
            // the tree lists each parent before its children
            for (UnitSummary unit : tree) {
                if (scopeId != null && unit.id() == scopeId) {
                    buckets.put(unit.id(), OWN);
                    name = unit.name();
                } else if (java.util.Objects.equals(unit.parentId(), scopeId)) {
                    buckets.put(unit.id(), unit.id());
                    children.add(unit);
                } else if (unit.parentId() != null && buckets.containsKey(unit.parentId())
                        && buckets.get(unit.parentId()) != OWN) {
                    buckets.put(unit.id(), buckets.get(unit.parentId()));
                }
            }
            return new Scope(scopeId, name, children, buckets);
        }

        @Nullable
        Long bucket(long unitId) {
            return buckets.get(unitId);
        }
    }
}
