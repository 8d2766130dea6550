package vn.tuoitreso.reporting;

import java.util.List;

/**
 * The unit emulation table (bảng thi đua) of a period: the chosen unit's sub-units, each with everything below
 * it, ranked by the share of members who completed at least one course, then certificates per hundred members,
 * then the share who sent a contest idea. Units with equal figures share a rank.
 */
public record EmulationTable(ReportPeriod period, String scopeName, List<Row> rows) {

    public EmulationTable {
        rows = List.copyOf(rows);
    }

    public record Row(int rank, long unitId, String unitName, long members, long completers, long certificates,
            long participants) {

        /** Members who completed at least one course, per hundred members. */
        public double completedShare() {
            return per100(completers);
        }

        public double certificatesPer100() {
            return per100(certificates);
        }

        /** Members who sent a contest idea, per hundred members. */
        public double participation() {
            return per100(participants);
        }

        private double per100(long count) {
            return members == 0 ? 0 : 100.0 * count / members;
        }
    }
}
