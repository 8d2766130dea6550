package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PhoneGrids;
import vn.tuoitreso.shared.Icons;

/** Organisers see every contest, hidden or published, and start new ones. */
@Route("organiser/contests")
@Menu(title = "menu.contestAdmin", order = 43, icon = "vaadin:trophy")
@RolesAllowed({"ORGANISER", "ADMIN"})
class ContestAdminView extends VerticalLayout implements HasDynamicTitle {

    /** What a new contest starts with; the organiser changes it in the editor. */
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 35;
    static final int TEAM_SIZE = 5;
    static final int ATTACHMENTS = 5;
    static final int ATTACHMENT_MB = 20;
    static final int TOTAL_MB = 50;

    final Grid<ContestSummary> grid = new Grid<>();
    final Button create = new Button(getTranslation("contest.admin.create"), Icons.PLUS.create());

    ContestAdminView(Contests contests) {
        addClassName("contest-admin-view");
        setSizeFull();
        grid.addColumn(c -> c.settings().title()).setHeader(getTranslation("contest.admin.title")).setFlexGrow(1)
                .setResizable(true);
        grid.addComponentColumn(c -> c.published()
                ? Badges.badge(getTranslation("contest.admin.published"), "badge success")
                : Badges.badge(getTranslation("contest.admin.hidden"), "badge contrast"))
                .setHeader(getTranslation("contest.admin.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.rounds().size()).setHeader(getTranslation("contest.admin.rounds")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.categories().stream().map(ContestSummary.Named::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("contest.admin.categories")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(contests.all());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("organiser/contests/" + e.getItem().id())));
        grid.setId("contest-grid");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-contest");
        create.addClickListener(e -> openCreate(contests));
        PhoneGrids.fit(grid);
        add(new H2(getTranslation("menu.contestAdmin")), create, grid);
    }

    private void openCreate(Contests contests) {
        Dialog dialog = new Dialog(getTranslation("contest.admin.create"));
        TextField title = new TextField(getTranslation("contest.admin.title"));
        title.setMaxLength(vn.tuoitreso.contest.submission.Contest.TITLE_MAX_LENGTH);
        title.setWidthFull();
        title.setId("new-contest-title");
        FormErrors errors = new FormErrors(this).bind("title", title);
        Button save = new Button(getTranslation("contest.admin.createAndEdit"));
        ChangeButtons.onClick(save, () -> {
            try {
                ContestSummary contest = contests.create(new ContestDraft(title.getValue(), "", MIN_AGE, MAX_AGE,
                        TEAM_SIZE, ATTACHMENTS, ATTACHMENT_MB, TOTAL_MB), Set.of());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("organiser/contests/" + contest.id()));
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-new-contest");
        dialog.add(title);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
        title.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.contestAdmin");
    }
}
