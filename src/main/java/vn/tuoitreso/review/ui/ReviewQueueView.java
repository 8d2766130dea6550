package vn.tuoitreso.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
    final Facet categories = new Facet("queue-categories", "review.queue.categories");
    final Facet rounds = new Facet("queue-rounds", "review.queue.rounds");
    final Div items = new Div();
    final Span count = new Span();

    private final Judging judging;

    /** A facet's values as buttons, like the search module's: a tap chooses a value or lets it go. */
    final class Facet extends Div {
        final Set<String> chosen = new java.util.HashSet<>();

        Facet(String id, String labelKey) {
            setId(id);
            addClassName("queue-facet");
            getElement().setAttribute("aria-label", getTranslation(labelKey));
            setVisible(false);
        }

        void show(List<SearchResult.FacetCount> offered) {
            removeAll();
            chosen.retainAll(offered.stream().map(SearchResult.FacetCount::key).collect(Collectors.toSet()));
            for (SearchResult.FacetCount value : offered) {
                Button button = new Button(getTranslation("review.queue.facet", value.label(), value.count()));
                button.addClassName("facet-value");
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, chosen.contains(value.key())
                        ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                // built with the value it stands for; the whole row is rebuilt after each search
                button.addClickListener(e -> {
                    if (!chosen.remove(value.key())) {
                        chosen.add(value.key());
                    }
                    refresh();
                });
                add(button);
            }
            setVisible(offered.size() > 1 || !chosen.isEmpty());
        }

        Set<Long> ids() {
            return chosen.stream().map(ReviewQueueView::parse).filter(id -> id != null).collect(Collectors.toSet());
        }
    }

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
        items.setId("queue-items");
        items.setWidthFull();
        count.addClassName("muted");
        add(new H2(getTranslation("menu.reviewQueue")), filter, categories, rounds, count, items);
        refresh();
    }

    void refresh() {
        JudgeQueue found = judging.search(new QueueFilter(filter.getValue(), categories.ids(), rounds.ids()));
        categories.show(found.facets().getOrDefault(SearchResult.Facet.CATEGORY, List.of()));
        rounds.show(found.facets().getOrDefault(SearchResult.Facet.ROUND, List.of()));
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

    private static @Nullable Long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviewQueue");
    }
}
