package vn.tuoitreso.shared;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Grids that fit a 360 px phone: cells wrap their text and columns share the width instead of each
 * asking for its content's width, so no column hides off-screen. The first column (usually the name)
 * gets the largest share.
 */
public final class PhoneGrids {

    private PhoneGrids() {
    }

    public static <T> Grid<T> fit(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        boolean first = true;
        for (Grid.Column<T> column : grid.getColumns()) {
            column.setAutoWidth(false);
            column.setWidth(first ? "6rem" : "3.5rem");
            column.setFlexGrow(first ? 3 : 1);
            first = false;
        }
        grid.setWidthFull();
        return grid;
    }
}
