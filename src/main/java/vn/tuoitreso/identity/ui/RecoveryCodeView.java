package vn.tuoitreso.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.IssuedCode;
import vn.tuoitreso.identity.PasswordRecovery;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * An organiser or administrator makes a one-time reset code for a person of their unit who cannot receive
 * e-mail (a phone account), to hand over in person. The code is shown once and never stored readable.
 */
@Route("recovery-codes")
@Menu(title = "recovery.codes.title", order = 52, icon = "vaadin:key")
@RolesAllowed({"ORGANISER", "ADMIN"})
class RecoveryCodeView extends VerticalLayout implements HasDynamicTitle {

    final TextField contact = new TextField(getTranslation("recovery.codes.contact"));
    final Button issue = new Button(getTranslation("recovery.codes.issue"));
    final Span code = new Span();
    final Paragraph handOver = new Paragraph();

    RecoveryCodeView(PasswordRecovery recovery) {
        addClassName("recovery-code-view");
        contact.setMaxLength(Accounts.CONTACT_MAX_LENGTH);
        FormErrors errors = new FormErrors(this).bind("contact", contact);
        contact.setId("code-contact");
        contact.setWidthFull();
        contact.setMaxWidth("30rem");
        contact.setHelperText(getTranslation("recovery.codes.contact.help"));
        issue.setId("issue-code");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setDisableOnClick(true);
        code.setId("issued-code");
        code.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-family", "monospace")
                .set("font-weight", "700");
        handOver.setId("code-hand-over");
        issue.addClickListener(e -> {
            try {
                IssuedCode issued = recovery.issueCode(contact.getValue());
                errors.clear();
                code.setText(issued.code());
                handOver.setText(getTranslation("recovery.codes.handOver", issued.fullName(),
                        DisplayFormats.dateTime(issued.expiresAt(), getLocale())));
            } catch (InvalidInputException ex) {
                code.setText("");
                handOver.setText("");
                errors.show(ex);
            } finally {
                issue.setEnabled(true);
            }
        });
        add(new H2(getTranslation("recovery.codes.title")), new Paragraph(getTranslation("recovery.codes.intro")),
                contact, issue, code, handOver);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.codes.title");
    }
}
