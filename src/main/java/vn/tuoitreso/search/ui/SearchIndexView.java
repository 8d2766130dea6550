package vn.tuoitreso.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tuoitreso.search.IndexStatus;
import vn.tuoitreso.search.Search;
import vn.tuoitreso.shared.DisplayFormats;

/** Administrators see the index (engine, documents, last change, events waiting) and rebuild it from the database. */
@Route("admin/search-index")
@Menu(title = "menu.searchIndex", order = 55, icon = "vaadin:search")
@RolesAllowed("ADMIN")
class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    final Span engine = new Span();
    final Span documents = new Span();
    final Span lastUpdate = new Span();
    final Span pending = new Span();
    final Span health = new Span();
    final Button rebuild = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();

    private final Search search;

    SearchIndexView(Search search) {
        this.search = search;
        addClassName("search-index-view");
        engine.setId("index-engine");
        documents.setId("index-documents");
        lastUpdate.setId("index-last-update");
        pending.setId("index-pending");
        health.setId("index-health");
        rebuild.setText(getTranslation("search.index.rebuild"));
        rebuild.setId("index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> {
            search.rebuild();
            UI.getCurrent().setPollInterval(500);
            refresh();
        });
        progress.setId("index-progress");
        progressText.setId("index-progress-text");
        add(new H2(getTranslation("search.index.title")), new Div(engine), new Div(health), new Div(documents),
                new Div(lastUpdate), new Div(pending), rebuild, progress, progressText);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    void refresh() {
        IndexStatus status = search.status();
        engine.setText(getTranslation("search.index.engine", status.engine().engine()));
        health.setText(getTranslation(status.engine().up() ? "search.index.up" : "search.index.down"));
        documents.setText(getTranslation("search.index.documents",
                DisplayFormats.number(status.engine().documents(), getLocale()),
                DisplayFormats.number(status.sentIdeas(), getLocale())));
        lastUpdate.setText(getTranslation("search.index.lastUpdate", status.engine().lastUpdate() == null
                ? getTranslation("search.index.never")
                : DisplayFormats.dateTime(status.engine().lastUpdate(), getLocale())));
        pending.setText(getTranslation("search.index.pending", DisplayFormats.number(status.pendingEvents(),
                getLocale())));
        IndexStatus.Rebuild running = status.rebuild();
        boolean active = running != null && !running.finished();
        progress.setVisible(running != null);
        progressText.setVisible(running != null);
        rebuild.setEnabled(!active);
        if (running != null) {
            progress.setValue(running.fraction());
            progressText.setText(getTranslation(running.failed() ? "search.index.failed"
                    : running.finished() ? "search.index.done" : "search.index.progress",
                    DisplayFormats.number(running.done(), getLocale()),
                    DisplayFormats.number(running.total(), getLocale())));
        }
        if (!active) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.index.title");
    }
}
