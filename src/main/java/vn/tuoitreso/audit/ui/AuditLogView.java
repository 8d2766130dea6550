package vn.tuoitreso.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import vn.tuoitreso.audit.AuditAction;
import vn.tuoitreso.audit.AuditEntrySummary;
import vn.tuoitreso.audit.AuditLog;
import vn.tuoitreso.audit.AuditQuery;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.PhoneGrids;

/** Administrators read the audit log, newest first, filtered by action, actor and period. */
@Route("admin/audit")
@Menu(title = "audit.title", order = 56, icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    final Select<AuditAction> action = new Select<>();
    final TextField actor = new TextField();
    final DatePicker from = new DatePicker(getTranslation("audit.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.to"));
    final Grid<AuditEntrySummary> grid = new Grid<>();

    private final ConfigurableFilterDataProvider<AuditEntrySummary, Void, AuditQuery> data;

    AuditLogView(AuditLog log) {
        addClassName("audit-log-view");
        setSizeFull();
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.allActions"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.allActions")
                : getTranslation(a.messageKey()));
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setId("audit-to");
        from.setLocale(getLocale());
        to.setLocale(getLocale());

        data = new CallbackDataProvider<AuditEntrySummary, AuditQuery>(
                q -> log.find(q.getFilter().orElse(AuditQuery.all()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) log.count(q.getFilter().orElse(AuditQuery.all())),
                AuditEntrySummary::id).withConfigurableFilter();
        action.addValueChangeListener(e -> refilter());
        actor.addValueChangeListener(e -> refilter());
        from.addValueChangeListener(e -> refilter());
        to.addValueChangeListener(e -> refilter());

        // Two columns of two lines each, so that a phone shows the whole entry.
        grid.addComponentColumn(e -> twoLines(getTranslation(e.action().messageKey()),
                DisplayFormats.dateTime(e.occurredAt(), getLocale()))).setHeader(getTranslation("audit.when"));
        grid.addComponentColumn(e -> twoLines(
                getTranslation("audit.byOn", e.actorName().isEmpty() ? getTranslation("audit.self") : e.actorName(),
                        e.subjectName().isEmpty() ? e.subjectRef() : e.subjectName()),
                detail(e))).setHeader(getTranslation("audit.what"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(data);
        PhoneGrids.fit(grid);

        FlexLayout filters = new FlexLayout(action, actor, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setWidthFull();
        add(new H2(getTranslation("audit.title")), filters, grid);
    }

    private String detail(AuditEntrySummary entry) {
        return switch (entry.action()) {
            case PASSWORD_RECOVERED -> getTranslation("audit.method." + entry.detail());
            default -> entry.detail();
        };
    }

    private void refilter() {
        data.setFilter(new AuditQuery(action.getValue(), actor.getValue(), from.getValue(), to.getValue()));
    }

    private static Div twoLines(String first, String second) {
        Span secondLine = new Span(second);
        secondLine.addClassName("secondary-line");
        Div cell = new Div(new Span(first), secondLine);
        cell.addClassName("two-lines");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
