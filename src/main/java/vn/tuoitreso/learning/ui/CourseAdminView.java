package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseReferences;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PhoneGrids;
import vn.tuoitreso.shared.ProvinceTime;

/** Organisers see every course, hidden or published, and start new ones. */
@Route("organiser/courses")
@Menu(title = "menu.courseAdmin", order = 41, icon = "vaadin:edit")
@RolesAllowed({"ORGANISER", "ADMIN"})
class CourseAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CourseSummary> grid = new Grid<>();
    final Button create = new Button(getTranslation("learning.admin.create"));

    CourseAdminView(CourseAuthoring authoring, Clock clock) {
        addClassName("course-admin-view");
        setSizeFull();
        grid.addColumn(CourseSummary::title).setHeader(getTranslation("learning.admin.title")).setFlexGrow(1);
        grid.addColumn(CourseSummary::lessonCount).setHeader(getTranslation("learning.admin.lessons")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.published() ? "learning.admin.published" : "learning.course.hidden"))
                .setHeader(getTranslation("admin.accounts.status")).setAutoWidth(true);
        LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        grid.addColumn(c -> checked(c, today)).setHeader(getTranslation("learning.admin.checked")).setAutoWidth(true);
        grid.setPartNameGenerator(c -> CourseReferences.olderThanAYear(c.contentChecked(), today) ? "stale" : null);
        grid.setItems(q -> authoring.courses(q.getOffset(), q.getLimit()).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("organiser/courses/" + e.getItem().id())));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreate(authoring));
        PhoneGrids.fit(grid);
        add(new H2(getTranslation("menu.courseAdmin")), create, grid);
    }

    private String checked(CourseSummary course, LocalDate today) {
        String day = course.contentChecked() == null ? "—" : DisplayFormats.date(course.contentChecked(), getLocale());
        return CourseReferences.olderThanAYear(course.contentChecked(), today)
                ? getTranslation("learning.admin.stale", day) : day;
    }

    private void openCreate(CourseAuthoring authoring) {
        Dialog dialog = new Dialog(getTranslation("learning.admin.create"));
        TextField title = new TextField(getTranslation("learning.admin.title"));
        title.setWidthFull();
        title.setMaxLength(vn.tuoitreso.learning.course.Course.TITLE_MAX_LENGTH);
        FormErrors errors = new FormErrors(this).bind("title", title);
        Button save = new Button(getTranslation("action.save"));
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                CourseSummary course = authoring.create(new CourseDraft(title.getValue(), "", List.of(),
                        CourseLevel.BASIC, 30));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("organiser/courses/" + course.id()));
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } finally {
                save.setEnabled(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.courseAdmin");
    }
}
