package vn.tuoitreso.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tuoitreso.certificate.CertificateSummary;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FileDownload;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PhoneGrids;

/** Organisers see the certificates of a course, revoke one, or download them all as a ZIP. */
@Route("organiser/certificates")
@Menu(title = "menu.certificateAdmin", order = 42, icon = "vaadin:diploma-scroll")
@RolesAllowed({"ORGANISER", "ADMIN"})
class CertificateAdminView extends VerticalLayout implements HasDynamicTitle {

    final Select<CourseSummary> course = new Select<>();
    final Grid<CertificateSummary> grid = new Grid<>();
    private final Div zip = new Div();
    private final Certificates certificates;

    CertificateAdminView(Certificates certificates, CourseAuthoring authoring) {
        this.certificates = certificates;
        setSizeFull();
        course.setLabel(getTranslation("certificate.admin.course"));
        course.setItems(authoring.courses(0, 500));
        course.setItemLabelGenerator(CourseSummary::title);
        course.addValueChangeListener(e -> refresh());
        grid.addColumn(CertificateSummary::holderName).setHeader(getTranslation("account.fullName")).setFlexGrow(1);
        grid.addColumn(CertificateSummary::code).setHeader(getTranslation("certificate.admin.code")).setAutoWidth(true);
        grid.addColumn(c -> DisplayFormats.date(c.issuedAt(), getLocale()))
                .setHeader(getTranslation("certificate.admin.issued")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.valid() ? "certificate.admin.valid" : "certificate.admin.revoked"))
                .setHeader(getTranslation("admin.accounts.status")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button revoke = new Button(getTranslation("certificate.admin.revoke"), e -> openRevoke(c));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            revoke.setEnabled(c.valid());
            return revoke;
        });
        PhoneGrids.fit(grid);
        add(new H2(getTranslation("menu.certificateAdmin")), course, zip, grid);
    }

    private void refresh() {
        zip.removeAll();
        CourseSummary chosen = course.getValue();
        if (chosen == null) {
            grid.setItems();
            return;
        }
        long courseId = chosen.id();
        grid.setItems(query -> certificates.ofCourse(courseId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) certificates.countOfCourse(courseId));
        zip.add(new FileDownload(getTranslation("certificate.admin.zip"), chosen.slug() + "-chung-nhan.zip",
                "application/zip", () -> certificates.zipOfCourse(chosen.id())));
    }

    private void openRevoke(CertificateSummary certificate) {
        Dialog dialog = new Dialog(getTranslation("certificate.admin.revoke") + " · " + certificate.holderName());
        TextField reason = new TextField(getTranslation("certificate.admin.reason"));
        reason.setWidthFull();
        reason.setMaxLength(Certificates.REVOKE_REASON_MAX_LENGTH);
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation("certificate.admin.revoke"), e -> {
            try {
                certificates.revoke(certificate.code(), reason.getValue());
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.certificateAdmin");
    }
}
