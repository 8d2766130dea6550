package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.contest.submission.Category;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.Icons;

/** A contest's categories: adding one, renaming one, and removing one no idea has chosen. */
class CategoryList extends Div {

    final Div list = new Div();
    final TextField newCategory = new TextField();
    final Button addCategory = new Button(getTranslation("contest.admin.addCategory"), Icons.PLUS.create());

    private final Contests contests;
    private final ContestEditing editing;

    CategoryList(Contests contests, ContestEditing editing) {
        this.contests = contests;
        this.editing = editing;
        addClassName("editor-section");
        list.addClassName("category-list");
        list.setId("contest-categories");
        newCategory.setPlaceholder(getTranslation("contest.admin.newCategory"));
        newCategory.setAriaLabel(getTranslation("contest.admin.newCategory"));
        newCategory.setMaxLength(Category.NAME_MAX_LENGTH);
        newCategory.setId("new-category");
        addCategory.setId("add-category");
        FormErrors errors = new FormErrors(this).bind("name", newCategory);
        ChangeButtons.onClick(addCategory, () -> {
            if (change(() -> contests.addCategory(editing.contest().id(), newCategory.getValue()), errors)) {
                newCategory.clear();
                newCategory.setInvalid(false);
            }
        });
        Div add = new Div(newCategory, addCategory);
        add.addClassName("inline-form");
        add(new H3(getTranslation("contest.admin.categories")), list, add);
    }

    void show(List<ContestSummary.Named> categories) {
        list.removeAll();
        if (categories.isEmpty()) {
            Span none = new Span(getTranslation("contest.admin.noCategories"));
            none.addClassName("muted");
            list.add(none);
        }
        for (ContestSummary.Named category : categories) {
            Button rename = new Button(Icons.EDIT.create(), e -> openRename(category));
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            rename.setAriaLabel(getTranslation("contest.admin.renameCategory", category.name()));
            rename.setTooltipText(getTranslation("contest.admin.renameCategory", category.name()));
            Button remove = new Button(Icons.TRASH.create(), e -> confirmRemove(category));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON,
                    ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("contest.admin.removeCategory", category.name()));
            remove.setTooltipText(getTranslation("contest.admin.removeCategory", category.name()));
            Div line = new Div(new Span(category.name()), rename, remove);
            line.addClassName("category-line");
            list.add(line);
        }
    }

    private void openRename(ContestSummary.Named category) {
        Dialog dialog = new Dialog(getTranslation("contest.admin.renameCategory", category.name()));
        TextField name = new TextField(getTranslation("contest.admin.categoryName"));
        name.setValue(category.name());
        name.setMaxLength(Category.NAME_MAX_LENGTH);
        name.setWidthFull();
        name.setId("category-name");
        FormErrors errors = new FormErrors(this).bind("name", name);
        Button ok = new Button(getTranslation("action.save"));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("save-category");
        ChangeButtons.onClick(ok, () -> {
            if (change(() -> contests.renameCategory(category.id(), name.getValue(), category.version()), errors)) {
                dialog.close();
            }
        });
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("min(28rem, 95vw)");
        dialog.open();
    }

    private void confirmRemove(ContestSummary.Named category) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("contest.admin.removeCategory", category.name()),
                getTranslation("contest.admin.confirmRemoveCategory", category.name()), getTranslation("action.delete"),
                e -> change(() -> contests.removeCategory(category.id(), category.version()), new FormErrors(this)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Sends a change and shows the answer; true when it was made, false when it was refused. */
    private boolean change(Supplier<ContestSummary> change, FormErrors errors) {
        try {
            editing.changed(change.get());
            return true;
        } catch (StaleEditException ex) {
            editing.stale();
            return true;
        } catch (InvalidInputException ex) {
            errors.show(ex);
            return false;
        }
    }
}
