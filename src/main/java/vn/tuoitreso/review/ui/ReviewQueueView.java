package vn.tuoitreso.review.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.review.JudgeQueue;
import vn.tuoitreso.review.Judging;
import vn.tuoitreso.review.QueueFilter;
import vn.tuoitreso.review.QueueItem;
import vn.tuoitreso.search.SearchResult;

/**
 * A judge's assigned ideas, those not scored yet first, found through the search module by words typed with or
 * without diacritics (every field and the files' text), narrowed by category and round; blind.
 */
@Route("judge/queue")
@Menu(title = "menu.reviewQueue", order = 31, icon = "vaadin:tasks")
@RolesAllowed("JUDGE")
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final CheckboxGroup<SearchResult.FacetCount> categories = new CheckboxGroup<>();
    final CheckboxGroup<SearchResult.FacetCount> rounds = new CheckboxGroup<>();
    final Div items = new Div();
    final Span count = new Span();

    private final Judging judging;
    private boolean refreshing;

    ReviewQueueView(Judging judging) {
        this.judging = judging;
        addClassName("review-queue-view");
        filter.setId("queue-filter");
        filter.setLabel(getTranslation("review.queue.filter"));
        filter.setPlaceholder(getTranslation("review.queue.filterHint"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidthFull();
        filter.addValueChangeListener(e -> refresh());
        for (CheckboxGroup<SearchResult.FacetCount> facet : List.of(categories, rounds)) {
            facet.setItemLabelGenerator(f -> getTranslation("review.queue.facet", f.label(), f.count()));
            facet.addValueChangeListener(e -> {
                if (!refreshing) {
                    refresh();
                }
            });
            facet.setVisible(false);
        }
        categories.setId("queue-categories");
        categories.setLabel(getTranslation("review.queue.categories"));
        rounds.setId("queue-rounds");
        rounds.setLabel(getTranslation("review.queue.rounds"));
        items.setId("queue-items");
        items.setWidthFull();
        count.addClassName("muted");
        add(new H2(getTranslation("menu.reviewQueue")), filter, categories, rounds, count, items);
        refresh();
    }

    void refresh() {
        JudgeQueue found = judging.search(new QueueFilter(filter.getValue(), chosen(categories), chosen(rounds)));
        showFacet(categories, found.facets().getOrDefault(SearchResult.Facet.CATEGORY, List.of()));
        showFacet(rounds, found.facets().getOrDefault(SearchResult.Facet.ROUND, List.of()));
        List<QueueItem> queue = found.items();
        items.removeAll();
        count.setText(getTranslation("review.queue.count", queue.size(),
                queue.stream().filter(i -> i.state() == vn.tuoitreso.review.AssignmentState.ASSIGNED).count()));
        if (queue.isEmpty()) {
            items.add(new Paragraph(getTranslation("review.queue.empty")));
        }
        for (QueueItem item : queue) {
            Anchor link = new Anchor("judge/ideas/" + item.assignmentId(), item.title().isBlank()
                    ? item.code() : item.title());
            link.addClassName("queue-title");
            Span state = new Span(getTranslation(item.state().messageKey()));
            state.getElement().getThemeList().add("badge");
            if (item.state() == vn.tuoitreso.review.AssignmentState.SUBMITTED) {
                state.getElement().getThemeList().add("success");
            }
            Div card = new Div(link, new Div(new Span(item.code() + " · " + item.roundName()), state));
            card.addClassName("queue-item");
            card.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom",
                    "1px solid var(--lumo-contrast-10pct)").set("overflow-wrap", "anywhere");
            items.add(card);
        }
    }

    private static Set<Long> chosen(CheckboxGroup<SearchResult.FacetCount> facet) {
        return facet.getValue().stream().map(f -> parse(f.key())).filter(id -> id != null)
                .collect(Collectors.toSet());
    }

    private static @Nullable Long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The values the search offers, keeping those chosen (matched by key: counts change as words are typed). */
    private void showFacet(CheckboxGroup<SearchResult.FacetCount> facet, List<SearchResult.FacetCount> offered) {
        Set<String> keys = facet.getValue().stream().map(SearchResult.FacetCount::key).collect(Collectors.toSet());
        refreshing = true;
        try {
            facet.setItems(offered);
            facet.setValue(offered.stream().filter(f -> keys.contains(f.key())).collect(Collectors.toSet()));
        } finally {
            refreshing = false;
        }
        facet.setVisible(offered.size() > 1 || !keys.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviewQueue");
    }
}
