package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaPages;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.SafeMarkdown;

/** Open contests with their rules and rounds, and the ideas the person has started or sent. */
@Route("contests")
@Menu(title = "menu.contests", order = 13, icon = "vaadin:lightbulb")
@PermitAll
class ContestsView extends VerticalLayout implements HasDynamicTitle {

    final Div mine = new Div();

    private final ObjectProvider<IdeaPages> pages;

    ContestsView(Contests contests, Submissions submissions, ObjectProvider<IdeaPages> pages) {
        this.pages = pages;
        addClassName("contests-view");
        add(new H2(getTranslation("menu.contests")));
        List<SubmissionSummary> myIdeas = submissions.mine();
        List<ContestSummary> published = contests.all().stream().filter(ContestSummary::published).toList();
        Map<Long, ContestSummary> byId = published.stream()
                .collect(Collectors.toMap(ContestSummary::id, Function.identity()));
        mine.addClassName("my-ideas");
        if (!myIdeas.isEmpty()) {
            mine.add(new H3(getTranslation("contest.mine")));
            myIdeas.forEach(idea -> mine.add(ideaLine(idea, byId.get(idea.contestId()))));
            add(mine);
        }
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("contest.none")));
        }
        published.forEach(contest -> add(contestCard(contest, submissions)));
    }

    private Div ideaLine(SubmissionSummary idea, @org.jspecify.annotations.Nullable ContestSummary contest) {
        String title = idea.idea().title().isBlank() ? getTranslation("contest.untitled") : idea.idea().title();
        Anchor link = new Anchor("contests/submissions/" + idea.id(), title);
        Span when = new Span(getTranslation("contest.updatedAt",
                DisplayFormats.dateTime(idea.updatedAt(), getLocale())));
        when.addClassName("muted");
        Div line = new Div(link, Badges.status(this, idea.status()), when);
        if (contest != null) {
            line.add(new Span(contest.settings().title()));
        }
        pages.orderedStream().flatMap(p -> p.of(idea.id()).stream())
                .forEach(page -> line.add(new Anchor(page.route(), getTranslation(page.labelKey()))));
        line.addClassName("idea-line");
        return line;
    }

    private Div contestCard(ContestSummary contest, Submissions submissions) {
        Div card = new Div(new H3(contest.settings().title()));
        card.addClassName("contest-card");
        if (!contest.categories().isEmpty()) {
            card.add(new Paragraph(getTranslation("contest.categories") + ": "
                    + contest.categories().stream().map(ContestSummary.Named::name).collect(Collectors.joining(", "))));
        }
        for (ContestSummary.RoundSummary round : contest.rounds()) {
            Div line = new Div(new Span(round.plan().name() + ": " + getTranslation("contest.window",
                    DisplayFormats.dateTime(round.plan().submissionOpens(), getLocale()),
                    DisplayFormats.dateTime(round.plan().submissionCloses(), getLocale()))));
            line.setId("round-" + round.id());
            line.addClassName("round-line");
            if (round.openNow()) {
                Button start = new Button(getTranslation("contest.start"));
                ChangeButtons.onClick(start, () -> {
                    try {
                        SubmissionSummary started = submissions.start(round.id());
                        getUI().ifPresent(ui -> ui.navigate("contests/submissions/" + started.id()));
                    } catch (InvalidInputException ex) {
                        new FormErrors(this).show(ex);
                    }
                });
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                start.addClassName("start-idea");
                line.add(start, Badges.badge(getTranslation("contest.roundClosesAt",
                        DisplayFormats.dateTime(round.plan().submissionCloses(), getLocale())), "badge success"));
            } else if (round.notYetOpen()) {
                line.add(Badges.badge(getTranslation("contest.roundOpensAt",
                        DisplayFormats.dateTime(round.plan().submissionOpens(), getLocale())), "badge"));
            } else {
                line.add(Badges.badge(getTranslation("contest.roundClosed"), "badge contrast"));
            }
            card.add(line);
        }
        if (!contest.settings().rules().isBlank()) {
            Div rules = new Div(new Html("<div>" + SafeMarkdown.toHtml(contest.settings().rules()) + "</div>"));
            rules.addClassName("lesson-body");
            card.add(new Details(getTranslation("contest.rules"), rules));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.contests");
    }
}
