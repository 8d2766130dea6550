package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.tuoitreso.contest.Invitations;
import vn.tuoitreso.contest.TeamInvitation;
import vn.tuoitreso.shared.FormErrors;

/** Invitations into other contestants' teams, addressed to the person's e-mail or phone: accept or decline. */
@Route("invitations")
@PermitAll
class InvitationsView extends VerticalLayout implements HasDynamicTitle {

    final Div list = new Div();
    private final Invitations invitations;

    InvitationsView(Invitations invitations) {
        this.invitations = invitations;
        addClassName("invitations-view");
        list.setWidthFull();
        add(new H2(getTranslation("contest.invitations")), list);
        render();
    }

    private void render() {
        list.removeAll();
        var mine = invitations.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("contest.invitations.none")));
        }
        for (TeamInvitation invitation : mine) {
            Button accept = new Button(getTranslation("contest.invitations.accept"));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setId("accept-" + invitation.id());
            ChangeButtons.onClick(accept, () -> {
                invitations.accept(invitation.id());
                FormErrors.success(this, "contest.invitations.accepted");
                render();
            });
            Button decline = new Button(getTranslation("contest.invitations.decline"));
            decline.setId("decline-" + invitation.id());
            ChangeButtons.onClick(decline, () -> {
                invitations.decline(invitation.id());
                render();
            });
            Div card = new Div(new Paragraph(getTranslation("contest.invitations.text", invitation.inviterName(),
                    invitation.ideaTitle(), invitation.contestTitle())), new Div(accept, decline));
            card.addClassName("shortcut");
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.invitations");
    }
}
