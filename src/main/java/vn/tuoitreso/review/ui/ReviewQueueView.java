package vn.tuoitreso.review.ui;

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
import vn.tuoitreso.review.Judging;
import vn.tuoitreso.review.QueueItem;

/** A judge's assigned ideas, those not scored yet first, filtered by a word of the code or title. */
@Route("judge/queue")
@Menu(title = "menu.reviewQueue", order = 31, icon = "vaadin:tasks")
@RolesAllowed("JUDGE")
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Div items = new Div();
    final Span count = new Span();

    private final Judging judging;

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
        add(new H2(getTranslation("menu.reviewQueue")), filter, count, items);
        refresh();
    }

    void refresh() {
        List<QueueItem> queue = judging.queue(filter.getValue());
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

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviewQueue");
    }
}
