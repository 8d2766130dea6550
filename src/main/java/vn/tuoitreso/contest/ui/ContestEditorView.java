package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.StaleNotice;

/**
 * Organisers set a contest up: its settings, categories, rounds, and publication. Its parts are built once;
 * each sends its own changes and the page shows every answer in all of them. A change someone else made
 * meanwhile is told, with a way to reload, instead of being overwritten.
 */
@Route("organiser/contests/:id")
@RolesAllowed({"ORGANISER", "ADMIN"})
class ContestEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, ContestEditing {

    final H2 heading = new H2();
    final ContestPublication publication;
    final Anchor submissions = new Anchor();
    final ContestSettingsForm settings;
    final CategoryList categories;
    final RoundList rounds;

    private final Contests contests;
    private @Nullable ContestSummary contest;
    private @Nullable StaleNotice staleNotice;

    ContestEditorView(Contests contests, Units units, Clock clock) {
        this.contests = contests;
        addClassName("contest-editor-view");
        publication = new ContestPublication(contests, this);
        settings = new ContestSettingsForm(contests, units.tree(), this);
        categories = new CategoryList(contests, this);
        rounds = new RoundList(contests, this, clock);
        submissions.setText(getTranslation("contest.admin.submissionsLink"));
        submissions.setId("contest-submissions-link");
        add(new Anchor("organiser/contests", getTranslation("menu.contestAdmin")), heading, publication, submissions,
                settings, categories, rounds);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            changed(contests.get(id));
        } catch (NumberFormatException | InvalidInputException e) {
            throw new NotFoundException();
        }
    }

    @Override
    public ContestSummary contest() {
        if (contest == null) {
            throw new IllegalStateException("no contest loaded");
        }
        return contest;
    }

    @Override
    public void changed(ContestSummary fresh) {
        contest = fresh;
        if (staleNotice != null) {
            staleNotice.close();
            staleNotice = null;
        }
        heading.setText(fresh.settings().title());
        submissions.setHref("organiser/contests/" + fresh.id() + "/submissions");
        publication.show(fresh);
        settings.show(fresh);
        categories.show(fresh.categories());
        rounds.show(fresh.rounds());
        getUI().ifPresent(ui -> ui.getPage().setTitle(fresh.settings().title()));
    }

    @Override
    public void stale() {
        if (staleNotice == null || !staleNotice.isOpened()) {
            StaleNotice notice = new StaleNotice(StaleEditException.MESSAGE_KEY, () -> changed(contests.get(contest().id())));
            staleNotice = notice;
            notice.open();
        }
    }

    @Override
    public String getPageTitle() {
        return contest == null ? getTranslation("menu.contestAdmin") : contest.settings().title();
    }
}
