package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.shared.Folding;

/**
 * Unit pickers over the organisation tree, indented by depth; typing finds a unit by any part of its path,
 * with or without diacritics ("trung khanh" finds "Trùng Khánh"). The identity module's own field is internal to it.
 */
final class UnitFields {

    private UnitFields() {
    }

    static ComboBox<UnitSummary> single(String label, List<UnitSummary> tree) {
        ComboBox<UnitSummary> field = new ComboBox<>(label);
        field.setItems((unit, filter) -> Folding.contains(unit.path(), filter), tree);
        field.setItemLabelGenerator(UnitSummary::name);
        field.setRenderer(indented());
        field.setClearButtonVisible(true);
        return field;
    }

    static MultiSelectComboBox<UnitSummary> multiple(String label, List<UnitSummary> tree) {
        MultiSelectComboBox<UnitSummary> field = new MultiSelectComboBox<>(label);
        field.setItems((unit, filter) -> Folding.contains(unit.path(), filter), tree);
        field.setItemLabelGenerator(UnitSummary::name);
        field.setRenderer(indented());
        field.setClearButtonVisible(true);
        return field;
    }

    static Set<UnitSummary> withIds(List<UnitSummary> tree, Collection<Long> ids) {
        return tree.stream().filter(u -> ids.contains(u.id())).collect(Collectors.toSet());
    }

    private static ComponentRenderer<Span, UnitSummary> indented() {
        return new ComponentRenderer<>(unit -> {
            Span name = new Span(unit.name());
            name.getStyle().set("padding-left", (unit.depth() * 0.75) + "em");
            return name;
        });
    }
}
