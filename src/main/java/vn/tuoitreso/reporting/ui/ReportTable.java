package vn.tuoitreso.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
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

    /**
     * A column: its header's message key and its value (text, a whole number, or a share as a double); shown on a
     * phone or only on wider screens (the exports always carry every column).
     */
    record Col<T>(String key, boolean number, Function<T, @Nullable Object> value, boolean onPhone) {

        /** The same column, left out on a phone: five columns are what a 360 px screen holds. */
        Col<T> onlyWide() {
            return new Col<>(key, number, value, false);
        }
    }

    /** Below this window width (CSS pixels) a grid shows only the columns meant for a phone. */
    private static final int PHONE_WIDTH = 600;

    private final String sheetKey;
    private final List<Col<T>> columns;

    ReportTable(String sheetKey, List<Col<T>> columns) {
        this.sheetKey = sheetKey;
        this.columns = List.copyOf(columns);
    }

    static <T> Col<T> text(String key, Function<T, @Nullable Object> value) {
        return new Col<>(key, false, value, true);
    }

    static <T> Col<T> number(String key, Function<T, @Nullable Object> value) {
        return new Col<>(key, true, value, true);
    }

    static double share(double value) {
        return Math.round(value * 10) / 10.0;
    }

    Grid<T> grid(Component view, Locale locale, String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        boolean phone = onPhone();
        for (Col<T> col : columns) {
            Grid.Column<T> column = grid.addColumn(item -> display(col.value().apply(item), locale))
                    .setHeader(view.getTranslation(col.key())).setResizable(true);
            if (col.number()) {
                column.setTextAlign(ColumnTextAlign.END);
            }
            column.setVisible(col.onPhone() || !phone);
        }
        grid.setAllRowsVisible(true);
        PhoneGrids.fit(grid);
        return grid;
    }

    /** Whether the person's window is a phone's, as the browser told at the start of the session. */
    private static boolean onPhone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        return details != null && details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < PHONE_WIDTH;
    }

    Sheet sheet(Function<String, String> translate, List<T> items) {
        List<List<@Nullable Object>> rows = new ArrayList<>(items.size());
        items.forEach(item -> rows.add(cells(item)));
        return new Sheet(translate.apply(sheetKey), sheetColumns(translate), Rows.of(rows));
    }

    /** The sheet of a list of any length, read page by page by key while the file is written. */
    Sheet sheet(Function<String, String> translate, int pageSize, Rows.Following<T> next, ToLongFunction<T> key) {
        return new Sheet(translate.apply(sheetKey), sheetColumns(translate),
                Rows.keyed(pageSize, next, key, this::cells));
    }

    private List<Column> sheetColumns(Function<String, String> translate) {
        return columns.stream().map(c -> c.number() ? Column.number(translate.apply(c.key()))
                : Column.text(translate.apply(c.key()))).toList();
    }

    private List<@Nullable Object> cells(T item) {
        List<@Nullable Object> row = new ArrayList<>(columns.size());
        columns.forEach(c -> row.add(c.value().apply(item)));
        return row;
    }

    private static String display(@Nullable Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        return value instanceof Number number ? DisplayFormats.number(number, locale) : value.toString();
    }
}
