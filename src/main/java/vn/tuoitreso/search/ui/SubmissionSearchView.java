package vn.tuoitreso.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tuoitreso.search.Search;
import vn.tuoitreso.search.SearchHit;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.search.SearchResult;
import vn.tuoitreso.search.SearchResult.Facet;
import vn.tuoitreso.search.SearchResult.FacetCount;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.Icons;

/**
 * Organisers search a contest's submissions: one box (with or without diacritics), marked passages (naming the file
 * when they come from an attachment), facet counts that filter when clicked, paging, sorting, and each idea's similar
 * ideas. The submission list ({@code organiser/contests/:id/submissions}) sends its search box here.
 */
@Route("organiser/contests/:id/search")
@RolesAllowed({"ORGANISER", "ADMIN"})
class SubmissionSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 10;

    final TextField box = new TextField();
    final Select<SearchQuery.Sort> sort = new Select<>();
    final Div facets = new Div();
    final Div results = new Div();
    final Span count = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    final Span pageOf = new Span();

    private final Search search;
    private final Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
    private long contestId;
    private int page;

    SubmissionSearchView(Search search) {
        this.search = search;
        addClassName("submission-search-view");
        box.setId("search-box");
        box.setMaxLength(Search.QUERY_MAX_LENGTH);
        box.setPlaceholder(getTranslation("search.box.placeholder"));
        box.setAriaLabel(getTranslation("search.box.label"));
        box.setPrefixComponent(Icons.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.addKeyPressListener(Key.ENTER, e -> restart());
        box.addValueChangeListener(e -> restart());
        sort.setId("search-sort");
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SearchQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name().toLowerCase(Locale.ROOT)));
        sort.setValue(SearchQuery.Sort.RELEVANCE);
        sort.addValueChangeListener(e -> restart());
        facets.setId("search-facets");
        facets.addClassName("search-facets");
        results.setId("search-results");
        count.setId("search-count");
        count.addClassName("muted");
        previous.setText(getTranslation("search.previous"));
        previous.setId("search-previous");
        previous.addClickListener(e -> {
            page--;
            refresh();
        });
        next.setText(getTranslation("search.next"));
        next.setId("search-next");
        next.addClickListener(e -> {
            page++;
            refresh();
        });
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            contestId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        removeAll();
        Div paging = new Div(previous, pageOf, next);
        paging.addClassName("search-paging");
        add(new Anchor("organiser/contests/" + contestId + "/submissions", getTranslation("search.backToList")),
                new H2(getTranslation("search.title")), box, sort, count, facets, results, paging);
        chosen.clear();
        page = 0;
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        if (!q.isEmpty()) {
            // An address typed or shared by hand may carry more than the box takes.
            String text = q.getFirst();
            box.setValue(text.length() > Search.QUERY_MAX_LENGTH ? text.substring(0, Search.QUERY_MAX_LENGTH) : text);
        }
        refresh();
    }

    private void restart() {
        page = 0;
        refresh();
    }

    void refresh() {
        SearchQuery query = SearchQuery.of(box.getValue()).withContests(Set.of(contestId))
                .withRounds(ids(Facet.ROUND)).withCategories(ids(Facet.CATEGORY)).withUnits(ids(Facet.UNIT))
                .withStatuses(chosen.getOrDefault(Facet.STATUS, Set.of()))
                .withSort(sort.getValue() == null ? SearchQuery.Sort.RELEVANCE : sort.getValue())
                .withPage(page).withPageSize(PAGE_SIZE);
        SearchResult result = search.search(query);
        count.setText(getTranslation("search.count", DisplayFormats.number(result.total(), getLocale())));
        showFacets(result);
        results.removeAll();
        result.hits().forEach(hit -> results.add(card(hit)));
        if (result.hits().isEmpty()) {
            results.add(new Span(getTranslation("search.none")));
        }
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        pageOf.setText(getTranslation("search.pageOf", page + 1, pages));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }

    private Set<Long> ids(Facet facet) {
        Set<Long> ids = new HashSet<>();
        chosen.getOrDefault(facet, Set.of()).forEach(key -> ids.add(Long.valueOf(key)));
        return ids;
    }

    private void showFacets(SearchResult result) {
        facets.removeAll();
        for (Facet facet : List.of(Facet.ROUND, Facet.CATEGORY, Facet.UNIT, Facet.STATUS)) {
            List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            if (counts.isEmpty()) {
                continue;
            }
            Div group = new Div(new Span(getTranslation("search.facet." + facet.name().toLowerCase(Locale.ROOT))));
            group.addClassName("search-facet");
            for (FacetCount value : counts) {
                boolean on = chosen.getOrDefault(facet, Set.of()).contains(value.key());
                String label = facet == Facet.STATUS
                        ? getTranslation("contest.status." + value.key().toLowerCase(Locale.ROOT)) : value.label();
                Button button = new Button(label + " (" + DisplayFormats.number(value.count(), getLocale()) + ")");
                button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                        on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                button.addClassName("facet-value");
                button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
                button.addClickListener(e -> toggle(facet, value.key()));
                group.add(button);
            }
            facets.add(group);
        }
    }

    private void toggle(Facet facet, String key) {
        Set<String> keys = chosen.computeIfAbsent(facet, f -> new HashSet<>());
        if (!keys.remove(key)) {
            keys.add(key);
        }
        restart();
    }

    private Div card(SearchHit hit) {
        Div card = new Div();
        card.addClassName("search-hit");
        card.add(new H3(hit.title().isBlank() ? getTranslation("search.untitled") : hit.title()));
        String meta = getTranslation("contest.status." + hit.status().toLowerCase(Locale.ROOT)) + " · "
                + DisplayFormats.dateTime(hit.sentAt(), getLocale())
                + (hit.authors().isEmpty() ? "" : " · " + String.join(", ", hit.authors()))
                + (hit.unitName() == null ? "" : " · " + hit.unitName());
        Span metaLine = new Span(meta);
        metaLine.addClassName("muted");
        card.add(metaLine);
        for (SearchHit.Snippet snippet : hit.snippets()) {
            card.add(Snippets.of(snippet, snippet.fileName() != null
                    ? getTranslation("search.fromFile", snippet.fileName())
                    : getTranslation("search.field." + snippet.field())));
        }
        Div similar = new Div();
        similar.addClassName("search-similar");
        Button showSimilar = new Button(getTranslation("search.similar"));
        showSimilar.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        showSimilar.addClassName("show-similar");
        showSimilar.addClickListener(e -> {
            similar.removeAll();
            List<SearchHit> others = search.similar(hit.submissionId(), 5);
            if (others.isEmpty()) {
                similar.add(new Span(getTranslation("search.similar.none")));
            }
            others.forEach(other -> similar.add(new Div(new Span(other.title()), new Span(" · "
                    + getTranslation("contest.status." + other.status().toLowerCase(Locale.ROOT))))));
        });
        card.add(showSimilar, similar);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
