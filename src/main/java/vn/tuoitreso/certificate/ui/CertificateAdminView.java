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
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PhoneGrids;
import vn.tuoitreso.shared.export.ExportDownload;
import vn.tuoitreso.shared.export.Sheet;

/**
 * Organisers see the certificates of a course, revoke one, download them all as a ZIP, or the list as XLSX or
 * CSV.
 */
@Route("organiser/certificates")
@Menu(title = "menu.certificateAdmin", order = 42, icon = "vaadin:diploma-scroll")
@RolesAllowed({"ORGANISER", "ADMIN"})
class CertificateAdminView extends VerticalLayout implements HasDynamicTitle {

    final Select<CourseSummary> course = new Select<>();
    final Grid<CertificateSummary> grid = new Grid<>();
    private final Div downloads = new Div();
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
        add(new H2(getTranslation("menu.certificateAdmin")), course, downloads, grid);
    }

    private void refresh() {
        downloads.removeAll();
        CourseSummary chosen = course.getValue();
        if (chosen == null) {
            grid.setItems();
            return;
        }
        long courseId = chosen.id();
        grid.setItems(query -> certificates.ofCourse(courseId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) certificates.countOfCourse(courseId));
        ExportDownload all = new ExportDownload(getTranslation("certificate.admin.zip"),
                chosen.slug() + "-chung-nhan.zip", "application/zip", out -> certificates.zipOfCourse(courseId, out));
        all.setId("certificates-zip");
        ExportDownload xlsx = ExportDownload.xlsx(getTranslation("certificate.admin.exportXlsx"),
                chosen.slug() + "-chung-nhan.xlsx", () -> sheet(courseId));
        xlsx.setId("certificates-xlsx");
        ExportDownload csv = ExportDownload.csv(getTranslation("certificate.admin.exportCsv"),
                chosen.slug() + "-chung-nhan.csv", () -> sheet(courseId));
        csv.setId("certificates-csv");
        downloads.add(all, xlsx, csv);
    }

    /** Every certificate of the course, valid or revoked, read a page at a time while the file is written. */
    Sheet sheet(long courseId) {
        return CertificatesExport.sheet(getTranslation("certificate.admin.sheetName"),
                page -> certificates.listingOfCourse(courseId, page), this::getTranslation);
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
