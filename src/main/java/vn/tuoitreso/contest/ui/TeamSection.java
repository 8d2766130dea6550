package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import vn.tuoitreso.contest.InvitationStatus;
import vn.tuoitreso.contest.Invitations;
import vn.tuoitreso.contest.SentInvitation;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.contest.submission.Member;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.Icons;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * The idea's team: who is in it and, for the owner, inviting people by their e-mail or phone (they join when
 * they accept, and then read the idea) or adding a person without an account by name. An invitation says
 * nothing about whether the contact has an account.
 */
class TeamSection extends Div {

    final Div list = new Div();
    final Div invited = new Div();
    final TextField contact = new TextField(getTranslation("contest.invite.contact"));
    final Button addAccount = new Button(getTranslation("contest.invite.send"));
    final TextField name = new TextField(getTranslation("contest.team.byName"));
    final Button addName = new Button(getTranslation("contest.team.add"));

    private final Div editor;
    private final Invitations invitations;
    private final Predicate<List<TeamMember>> keep;
    private final List<TeamMember> members = new ArrayList<>();
    private long submissionId;
    private boolean editable;

    /** @param keep keeps the changed team, or refuses it (false) and the change is undone */
    TeamSection(Invitations invitations, Predicate<List<TeamMember>> keep) {
        this.invitations = invitations;
        this.keep = keep;
        setWidthFull();
        list.addClassName("team-list");
        invited.addClassName("team-list");
        contact.setHelperText(getTranslation("contest.invite.help"));
        contact.setMaxLength(Accounts.CONTACT_MAX_LENGTH);
        contact.setId("invite-contact");
        list.setId("team-members");
        invited.setId("team-invited");
        name.setMaxLength(Member.FULL_NAME_MAX_LENGTH);
        addAccount.setId("add-team-account");
        ChangeButtons.onClick(addAccount, this::invite);
        addName.setId("add-team-name");
        ChangeButtons.onClick(addName, this::addByName);
        Div byContact = new Div(contact, addAccount);
        Div byName = new Div(name, addName);
        byContact.addClassName("inline-form");
        byName.addClassName("inline-form");
        editor = new Div(byContact, byName);
        editor.addClassName("team-editor");
        add(new H3(getTranslation("contest.team")), list, invited, editor);
    }

    void show(long submissionId, List<TeamMember> team, boolean editable) {
        this.submissionId = submissionId;
        members.clear();
        members.addAll(team);
        this.editable = editable;
        editor.setVisible(editable);
        contact.clear();
        contact.setInvalid(false);
        name.clear();
        render();
    }

    List<TeamMember> members() {
        return List.copyOf(members);
    }

    private void invite() {
        try {
            invitations.invite(submissionId, contact.getValue());
            contact.setInvalid(false);
            contact.clear();
            FormErrors.success(this, "contest.invite.sent");
        } catch (InvalidInputException e) {
            InvalidInputException.Problem problem = e.problems().get(0);
            contact.setErrorMessage(getTranslation(problem.messageKey(), problem.argsArray()));
            contact.setInvalid(true);
        }
        render();
    }

    private void addByName() {
        if (name.getValue().isBlank()) {
            return;
        }
        change(new TeamMember(null, name.getValue().strip()), true);
        name.clear();
    }

    private void change(TeamMember member, boolean adding) {
        int position = members.indexOf(member);
        if (adding) {
            members.add(member);
        } else {
            members.remove(member);
        }
        if (!keep.test(members())) {
            if (adding) {
                members.remove(member);
            } else {
                members.add(position, member);
            }
        }
        render();
    }

    private void render() {
        list.removeAll();
        if (members.isEmpty()) {
            list.add(new Span(getTranslation("contest.team.alone")));
        }
        for (TeamMember member : List.copyOf(members)) {
            Div line = new Div(new Span(member.fullName()));
            line.addClassName("team-member");
            if (member.accountId() != null) {
                line.add(Badges.badge(getTranslation("contest.team.registered"), "badge success small"));
            }
            if (editable) {
                line.add(removeButton(member.fullName(), () -> {
                    if (member.accountId() != null) {
                        invitations.removeMember(submissionId, Objects.requireNonNull(member.accountId()));
                        members.remove(member);
                        render();
                    } else {
                        change(member, false);
                    }
                }));
            }
            list.add(line);
        }
        invited.removeAll();
        if (!editable) {
            return;
        }
        for (SentInvitation invitation : invitations.sent(submissionId)) {
            Div line = new Div(new Span(invitation.contact()));
            line.addClassName("team-member");
            line.add(Badges.badge(getTranslation(invitation.status() == InvitationStatus.PENDING
                    ? "contest.invite.pending" : "contest.invite.declined"), "badge contrast small"));
            line.add(removeButton(invitation.contact(), () -> {
                invitations.cancel(invitation.id());
                render();
            }));
            invited.add(line);
        }
    }

    private Button removeButton(String what, Runnable action) {
        Button remove = new Button(Icons.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("action.delete") + " " + what);
        ChangeButtons.onClick(remove, action);
        return remove;
    }
}
