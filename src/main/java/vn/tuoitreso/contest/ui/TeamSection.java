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
import java.util.Optional;
import java.util.function.Predicate;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.PersonName;
import vn.tuoitreso.shared.Icons;

/**
 * The idea's team: who is in it and, for the owner, adding people by their email or phone (they then read the
 * idea) or by name only.
 */
class TeamSection extends Div {

    final Div list = new Div();
    final TextField contact = new TextField(getTranslation("contest.team.byContact"));
    final Button addAccount = new Button(getTranslation("contest.team.add"));
    final TextField name = new TextField(getTranslation("contest.team.byName"));
    final Button addName = new Button(getTranslation("contest.team.add"));

    private final Div editor;
    private final Accounts accounts;
    private final Predicate<List<TeamMember>> keep;
    private final List<TeamMember> members = new ArrayList<>();
    private boolean editable;

    /** @param keep keeps the changed team, or refuses it (false) and the change is undone */
    TeamSection(Accounts accounts, Predicate<List<TeamMember>> keep) {
        this.accounts = accounts;
        this.keep = keep;
        setWidthFull();
        list.addClassName("team-list");
        contact.setHelperText(getTranslation("contest.team.byContact.help"));
        addAccount.setId("add-team-account");
        ChangeButtons.onClick(addAccount, this::addByContact);
        addName.setId("add-team-name");
        ChangeButtons.onClick(addName, this::addByName);
        Div byContact = new Div(contact, addAccount);
        Div byName = new Div(name, addName);
        byContact.addClassName("inline-form");
        byName.addClassName("inline-form");
        editor = new Div(byContact, byName);
        editor.addClassName("team-editor");
        add(new H3(getTranslation("contest.team")), list, editor);
    }

    void show(List<TeamMember> team, boolean editable) {
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

    private void addByContact() {
        Optional<PersonName> found = accounts.lookUp(contact.getValue());
        if (found.isEmpty()) {
            contact.setErrorMessage(getTranslation("contest.team.notFound"));
            contact.setInvalid(true);
            return;
        }
        contact.setInvalid(false);
        contact.clear();
        if (members.stream().noneMatch(m -> Objects.equals(m.accountId(), found.get().accountId()))) {
            change(new TeamMember(found.get().accountId(), found.get().fullName()), true);
        }
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
                Button remove = new Button(Icons.CLOSE_SMALL.create());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("action.delete") + " " + member.fullName());
                ChangeButtons.onClick(remove, () -> change(member, false));
                line.add(remove);
            }
            list.add(line);
        }
    }
}
