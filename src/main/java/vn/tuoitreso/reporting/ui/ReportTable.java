package vn.tuoitreso.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.PhoneGrids;
import vn.tuoitreso.shared.export.Column;
import vn.tuoitreso.shared.export.Rows;
import vn.tuoitreso.shared.export.Sheet;

/**
 * One table of a report, defined once for the screen (a grid) and for the exports (a sheet): the same columns,
 * headers and figures. Shares are rounded to one decimal.
 */
final class ReportTable<T> {

    /** A column: its header's message key and its value (text, a whole number, or a share as a double). */
    record Col<T>(String key, boolean number, Function<T, @Nullable Object> value) {
    }

    private final String sheetKey;
    private final List<Col<T>> columns;

    ReportTable(String sheetKey, List<Col<T>> columns) {
        this.sheetKey = sheetKey;
        this.columns = List.copyOf(columns);
    }

    static <T> Col<T> text(String key, Function<T, @Nullable Object> value) {
        return new Col<>(key, false, value);
    }

    static <T> Col<T> number(String key, Function<T, @Nullable Object> value) {
        return new Col<>(key, true, value);
    }

    static double share(double value) {
        return Math.round(value * 10) / 10.0;
    }

    Grid<T> grid(Component view, Locale locale, String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        for (Col<T> col : columns) {
            Grid.Column<T> column = grid.addColumn(item -> display(col.value().apply(item), locale))
                    .setHeader(view.getTranslation(col.key())).setResizable(true);
            if (col.number()) {
                column.setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.setAllRowsVisible(true);
        PhoneGrids.fit(grid);
        return grid;
    }

    Sheet sheet(Function<String, String> translate, List<T> items) {
        List<Column> sheetColumns = columns.stream().map(c -> c.number() ? Column.number(translate.apply(c.key()))
                : Column.text(translate.apply(c.key()))).toList();
        List<List<@Nullable Object>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            List<@Nullable Object> row = new ArrayList<>(columns.size());
            columns.forEach(c -> row.add(c.value().apply(item)));
            rows.add(row);
        }
        return new Sheet(translate.apply(sheetKey), sheetColumns, Rows.of(rows));
    }

    private static String display(@Nullable Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        return value instanceof Number number ? DisplayFormats.number(number, locale) : value.toString();
    }
}
