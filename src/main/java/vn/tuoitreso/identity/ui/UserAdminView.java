package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import vn.tuoitreso.identity.AccountQuery;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PhoneGrids;
import vn.tuoitreso.shared.Icons;

/** Administrators find accounts, grant and take away roles, disable and enable accounts. */
@Route("admin/accounts")
@Menu(title = "menu.accounts", order = 51, icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<Role> roleFilter = new Select<>();
    final Grid<AccountSummary> grid = new Grid<>();
    /** Only the accounts moved to the province union because their unit is no longer in the seed. */
    final Checkbox unitVanished = new Checkbox(getTranslation("admin.accounts.unitVanished"));
    final Paragraph unitVanishedNotice = new Paragraph();

    private final Accounts accounts;
    private final ConfigurableFilterDataProvider<AccountSummary, Void, AccountQuery> data;

    UserAdminView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("user-admin-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("admin.accounts.search"));
        search.setPrefixComponent(Icons.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        roleFilter.setPlaceholder(getTranslation("admin.accounts.allRoles"));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("admin.accounts.allRoles"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(r -> r == null ? getTranslation("admin.accounts.allRoles")
                : getTranslation(r.messageKey()));

        data = new CallbackDataProvider<AccountSummary, AccountQuery>(
                q -> accounts.find(q.getFilter().orElse(AccountQuery.all()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) accounts.count(q.getFilter().orElse(AccountQuery.all())),
                AccountSummary::id).withConfigurableFilter();
        search.addValueChangeListener(e -> refilter());
        roleFilter.addValueChangeListener(e -> refilter());
        unitVanished.setId("unit-vanished-filter");
        unitVanished.addValueChangeListener(e -> refilter());
        unitVanishedNotice.setId("unit-vanished-notice");
        unitVanishedNotice.addClassName("notice");
        long moved = accounts.count(AccountQuery.unitsVanished());
        unitVanishedNotice.setText(getTranslation("admin.accounts.unitVanished.notice", moved));
        unitVanishedNotice.setVisible(moved > 0);

        // Three columns, each holding two lines, so a phone shows the whole row.
        grid.addComponentColumn(a -> twoLines(a.fullName(), a.contact()))
                .setHeader(getTranslation("account.fullName") + " · " + getTranslation("account.contact"));
        grid.addComponentColumn(a -> twoLines(a.unitName(), a.formerUnitName() != null
                ? getTranslation("admin.accounts.formerUnit", a.formerUnitName())
                : getTranslation("admin.accounts.since", DisplayFormats.date(a.createdAt(), getLocale()))))
                .setHeader(getTranslation("account.unit"));
        grid.addComponentColumn(a -> twoLines(rolesText(a),
                getTranslation(a.enabled() ? "admin.accounts.active" : "admin.accounts.disabled")))
                .setHeader(getTranslation("admin.accounts.roles"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(data);
        grid.addItemClickListener(e -> edit(e.getItem()));

        HorizontalLayout filters = new HorizontalLayout(search, roleFilter);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        PhoneGrids.fit(grid);
        add(new H2(getTranslation("menu.accounts")), unitVanishedNotice, filters, unitVanished, grid);
    }

    private void refilter() {
        data.setFilter(new AccountQuery(search.getValue(), roleFilter.getValue(), null, unitVanished.getValue()));
    }

    private static Div twoLines(String first, String second) {
        Span secondLine = new Span(second);
        secondLine.addClassName("secondary-line");
        Div cell = new Div(new Span(first), secondLine);
        cell.addClassName("two-lines");
        return cell;
    }

    private String rolesText(AccountSummary account) {
        return account.roles().stream().sorted().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "));
    }

    /** Opens the dialog that grants and takes away roles and disables or enables the account. */
    void edit(AccountSummary account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(account.fullName());
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.accounts.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        roles.setValue(account.roles());
        FormErrors errors = new FormErrors(this).bind("roles", roles);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                accounts.changeRoles(account.id(), roles.getValue());
                dialog.close();
                changed();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-roles");
        Button toggle = new Button(getTranslation(account.enabled() ? "admin.accounts.disable" : "admin.accounts.enable"),
                e -> {
                    try {
                        if (account.enabled()) {
                            accounts.disable(account.id());
                        } else {
                            accounts.enable(account.id());
                        }
                        dialog.close();
                        changed();
                    } catch (InvalidInputException ex) {
                        errors.show(ex);
                    }
                });
        toggle.addThemeVariants(account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        dialog.add(new Paragraph(account.contact() + " · " + account.unitName()), roles);
        dialog.getFooter().add(toggle, new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void changed() {
        data.refreshAll();
        FormErrors.success(this, "action.saved");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.accounts");
    }
}
