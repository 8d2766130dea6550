package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.UnitType;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.identity.unit.Unit;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PhoneGrids;

/** Administrators edit the tree of organisation units: add, rename, move and delete units. */
@Route("admin/units")
@Menu(title = "menu.units", order = 52, icon = "vaadin:sitemap")
@RolesAllowed("ADMIN")
class UnitAdminView extends VerticalLayout implements HasDynamicTitle {

    final TreeGrid<UnitSummary> tree = new TreeGrid<>();
    final Button add = new Button(getTranslation("admin.units.add"));
    final Button edit = new Button(getTranslation("action.edit"));
    final Button delete = new Button(getTranslation("action.delete"));

    private final Units units;

    UnitAdminView(Units units) {
        this.units = units;
        addClassName("unit-admin-view");
        setSizeFull();
        tree.addHierarchyColumn(UnitSummary::name).setHeader(getTranslation("admin.units.name")).setFlexGrow(1);
        tree.addColumn(u -> getTranslation(u.type().messageKey())).setHeader(getTranslation("admin.units.type"))
                .setAutoWidth(true);
        tree.addColumn(UnitSummary::code).setHeader(getTranslation("admin.units.code")).setAutoWidth(true);
        tree.asSingleSelect().addValueChangeListener(e -> updateButtons());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(null));
        edit.addClickListener(e -> openEditor(tree.asSingleSelect().getValue()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete(tree.asSingleSelect().getValue()));
        reload();
        PhoneGrids.fit(tree);
        add(new H2(getTranslation("menu.units")), new HorizontalLayout(add, edit, delete), tree);
    }

    private void reload() {
        List<UnitSummary> all = units.tree();
        tree.setItems(all.stream().filter(u -> u.parentId() == null).toList(),
                parent -> all.stream().filter(u -> Objects.equals(u.parentId(), parent.id())).toList());
        tree.expandRecursively(all.stream().filter(u -> u.parentId() == null).toList(), 1);
        updateButtons();
    }

    private void updateButtons() {
        boolean selected = tree.asSingleSelect().getValue() != null;
        edit.setEnabled(selected);
        delete.setEnabled(selected);
    }

    /** Creates a unit under the selected one, or edits {@code unit}. */
    private void openEditor(@Nullable UnitSummary unit) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(unit == null ? "admin.units.add" : "action.edit"));
        TextField name = new TextField(getTranslation("admin.units.name"));
        name.setWidthFull();
        name.setMaxLength(Unit.NAME_MAX_LENGTH);
        TextField code = new TextField(getTranslation("admin.units.code"));
        code.setMaxLength(Unit.CODE_MAX_LENGTH);
        code.setHelperText(getTranslation("admin.units.code.help"));
        Select<UnitType> type = new Select<>();
        type.setLabel(getTranslation("admin.units.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        Select<UnitSummary> parent = new Select<>();
        parent.setLabel(getTranslation("admin.units.parent"));
        parent.setEmptySelectionAllowed(true);
        parent.setEmptySelectionCaption(getTranslation("admin.units.noParent"));
        parent.setItems(units.tree().stream().filter(u -> unit == null || u.id() != unit.id()).toList());
        parent.setItemLabelGenerator(u -> u == null ? getTranslation("admin.units.noParent") : u.path());
        FormErrors errors = new FormErrors(this).bind("name", name).bind("code", code).bind("parent", parent);
        UnitSummary selected = tree.asSingleSelect().getValue();
        if (unit == null) {
            type.setValue(UnitType.COMMUNE);
            parent.setValue(selected);
        } else {
            name.setValue(unit.name());
            code.setValue(unit.code());
            code.setReadOnly(true);
            type.setValue(unit.type());
            parent.getListDataView().getItems().filter(u -> Objects.equals(u.id(), unit.parentId())).findFirst()
                    .ifPresent(parent::setValue);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                UnitSummary p = parent.getValue();
                Long parentId = p == null ? null : p.id();
                if (unit == null) {
                    units.create(parentId, code.getValue(), name.getValue(), type.getValue());
                } else {
                    units.rename(unit.id(), name.getValue(), type.getValue());
                    if (!Objects.equals(parentId, unit.parentId())) {
                        units.move(unit.id(), parentId);
                    }
                }
                dialog.close();
                saved();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, code, type, parent));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(@Nullable UnitSummary unit) {
        if (unit == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("action.delete"),
                getTranslation("admin.units.confirmDelete", unit.name()), getTranslation("action.delete"), e -> {
                    try {
                        units.delete(unit.id());
                        saved();
                    } catch (InvalidInputException ex) {
                        new FormErrors(this).show(ex);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void saved() {
        reload();
        FormErrors.success(this, "action.saved");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.units");
    }
}
