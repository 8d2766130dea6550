package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Span;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.Folding;

/** Chooses an organisation unit from the tree; typing finds units with or without diacritics. */
class UnitField extends ComboBox<UnitSummary> {

    UnitField(String label, Units units) {
        super(label);
        setItems((unit, filter) -> Folding.contains(unit.path(), filter), units.tree());
        setItemLabelGenerator(UnitSummary::name);
        setRenderer(new ComponentRenderer<>(unit -> {
            Span name = new Span(unit.name());
            name.getStyle().set("padding-left", (unit.depth() * 0.75) + "em");
            return name;
        }));
        setClearButtonVisible(true);
        setWidthFull();
    }

    void select(long unitId) {
        getListDataView().getItems().filter(u -> u.id() == unitId).findFirst().ifPresent(this::setValue);
    }
}
