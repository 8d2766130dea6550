package vn.tuoitreso.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import vn.tuoitreso.search.Search;
import vn.tuoitreso.search.SearchHit;
import vn.tuoitreso.shared.DisplayFormats;

/**
 * The ideas most like one submission, across rounds and earlier contests, so that duplicates and recycled entries are
 * spotted; the organisers' idea view links here.
 */
@Route("organiser/submissions/:id/similar")
@RolesAllowed({"ORGANISER", "ADMIN"})
class SimilarIdeasView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div list = new Div();

    private final Search search;

    SimilarIdeasView(Search search) {
        this.search = search;
        addClassName("similar-ideas-view");
        list.setId("similar-ideas");
        add(new H2(getTranslation("search.similar")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        list.removeAll();
        List<SearchHit> similar = search.similar(id, 10);
        if (similar.isEmpty()) {
            list.add(new Span(getTranslation("search.similar.none")));
        }
        for (SearchHit hit : similar) {
            Div card = new Div();
            card.addClassName("search-hit");
            Span meta = new Span(getTranslation("contest.status." + hit.status().toLowerCase(Locale.ROOT)) + " · "
                    + DisplayFormats.dateTime(hit.sentAt(), getLocale())
                    + (hit.authors().isEmpty() ? "" : " · " + String.join(", ", hit.authors())));
            meta.addClassName("muted");
            card.add(new Div(new Span(hit.title())), meta);
            hit.snippets().forEach(s -> card.add(Snippets.of(s, "")));
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.similar");
    }
}
