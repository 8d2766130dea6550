package vn.tuoitreso.shared.export;

import java.util.List;

/** A table to export: the sheet's name (XLSX), its columns and its rows. */
public record Sheet(String name, List<Column> columns, Rows rows) {

    public Sheet {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs a column");
        }
    }
}
