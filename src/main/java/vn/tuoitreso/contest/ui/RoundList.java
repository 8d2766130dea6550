package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.PhoneGrids;
import vn.tuoitreso.shared.Icons;

/** A contest's rounds with their submission and review windows; adding one and planning one again. */
class RoundList extends Div {

    final Grid<ContestSummary.RoundSummary> rounds = new Grid<>();
    final Button addRound = new Button(getTranslation("contest.admin.addRound"), Icons.PLUS.create());

    private final Contests contests;
    private final ContestEditing editing;
    private final Clock clock;

    RoundList(Contests contests, ContestEditing editing, Clock clock) {
        this.contests = contests;
        this.editing = editing;
        this.clock = clock;
        addClassName("editor-section");
        rounds.setId("contest-rounds");
        rounds.setAllRowsVisible(true);
        rounds.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rounds.addColumn(r -> r.plan().name()).setHeader(getTranslation("contest.admin.roundName")).setFlexGrow(1);
        rounds.addColumn(r -> window(r.plan().submissionOpens(), r.plan().submissionCloses()))
                .setHeader(getTranslation("contest.admin.submissionWindow")).setFlexGrow(1);
        rounds.addColumn(r -> window(r.plan().reviewOpens(), r.plan().reviewCloses()))
                .setHeader(getTranslation("contest.admin.reviewWindow.column")).setFlexGrow(1);
        rounds.addComponentColumn(r -> r.openNow()
                ? Badges.badge(getTranslation("contest.admin.openNow"), "badge success")
                : new Span()).setAutoWidth(true).setFlexGrow(0);
        rounds.addComponentColumn(r -> {
            Button edit = new Button(Icons.EDIT.create(), e -> open(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            edit.setAriaLabel(getTranslation("contest.admin.editRound", r.plan().name()));
            edit.setTooltipText(getTranslation("action.edit"));
            edit.setId("edit-round-" + r.id());
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        addRound.setId("add-round");
        addRound.addClickListener(e -> open(null));
        PhoneGrids.fit(rounds);
        add(new H3(getTranslation("contest.admin.rounds")), rounds, addRound);
    }

    void show(List<ContestSummary.RoundSummary> list) {
        rounds.setItems(list);
    }

    /** Adds a round (none given) or plans one again, from the version the page read. */
    private void open(ContestSummary.@Nullable RoundSummary round) {
        new RoundDialog(round, clock.instant(), plan -> {
            try {
                editing.changed(round == null ? contests.addRound(editing.contest().id(), plan)
                        : contests.updateRound(round.id(), plan));
                FormErrors.success(this, "action.saved");
            } catch (StaleEditException ex) {
                editing.stale();
            }
        }).open();
    }

    private String window(@Nullable Instant opens, @Nullable Instant closes) {
        if (opens == null || closes == null) {
            return getTranslation("contest.admin.notSet");
        }
        return getTranslation("contest.admin.window", DisplayFormats.dateTime(opens, getLocale()),
                DisplayFormats.dateTime(closes, getLocale()));
    }
}
