package vn.tuoitreso.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tuoitreso.content.SeedContent;

/** Administrators load the seed folder again: missing units and courses are added, nothing is overwritten. */
@Route("admin/seed")
@Menu(title = "menu.seed", order = 53, icon = "vaadin:download")
@RolesAllowed("ADMIN")
class SeedAdminView extends VerticalLayout implements HasDynamicTitle {

    final Button reload = new Button(getTranslation("seed.reload"));
    final Paragraph result = new Paragraph();

    SeedAdminView(SeedContent seed) {
        UnorderedList problems = new UnorderedList();
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> {
            SeedContent.Report report = seed.reload();
            result.setText(getTranslation("seed.result", report.unitsAdded(), report.coursesAdded(), report.coursesRevised()));
            problems.removeAll();
            report.problems().forEach(p -> problems.add(new ListItem(p)));
        });
        add(new H2(getTranslation("menu.seed")), new Paragraph(getTranslation("seed.explain")), reload, result,
                problems);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.seed");
    }
}
