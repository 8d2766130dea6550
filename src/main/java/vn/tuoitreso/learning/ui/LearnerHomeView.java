package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.learning.Enrolments;
import vn.tuoitreso.learning.MyCourse;

/** The learner's home: continue where you left off, your courses with progress, the catalogue. */
@Route("learner")
@Menu(title = "menu.learnerHome", order = 10, icon = "vaadin:home")
@PermitAll
class LearnerHomeView extends VerticalLayout implements HasDynamicTitle {

    LearnerHomeView(CurrentUser currentUser, Enrolments enrolments) {
        addClassName("role-home");
        add(new H2(getTranslation("home.greeting", currentUser.fullName().orElse(""))));
        add(new Paragraph(getTranslation("home.learner.intro")));
        List<MyCourse> mine = enrolments.myCourses();
        MyCourse.toContinue(mine).ifPresent(course -> {
            var lesson = course.continueWith();
            if (lesson != null) {
                Anchor link = new Anchor("courses/" + course.course().slug() + "/" + lesson.slug(), lesson.title());
                link.setId("continue-link");
                Div card = new Div(new H3(getTranslation("learning.continueWhereLeft")), link,
                        new Paragraph(course.course().title()), CourseCard.progressBar(this, course.progress()));
                card.addClassNames("shortcut", "continue-card");
                add(card);
            }
        });
        roleWork(currentUser);
        if (!mine.isEmpty()) {
            add(new H3(getTranslation("learning.myCourses")));
            for (MyCourse course : mine) {
                add(new CourseCard(course.course(), course.progress()));
            }
        }
        Anchor catalogue = new Anchor("courses", getTranslation("learning.browseCatalogue"));
        Div card = new Div(catalogue, new Paragraph(getTranslation("learning.browseCatalogue.text")));
        card.addClassName("shortcut");
        add(card);
    }

    /** The work of the person's other roles, on the same page: nothing to hunt for in the menu. */
    private void roleWork(CurrentUser currentUser) {
        section("home.section.invitations", shortcut("invitations", "contest.invitations", "home.invitations.intro"));
        if (currentUser.hasRole(Role.JUDGE)) {
            section("home.section.judge", shortcut("judge", "menu.judgeHome", "home.judge.intro"));
        }
        if (currentUser.isOrganiser()) {
            section("home.section.organiser", shortcut("organiser/contests", "menu.contestAdmin", "home.organiser.contests"),
                    shortcut("organiser/courses", "menu.courseAdmin", "home.organiser.courses"));
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            section("home.section.admin", shortcut("admin/accounts", "menu.accounts", "home.admin.accounts"),
                    shortcut("admin/units", "menu.units", "home.admin.units"));
        }
    }

    private void section(String titleKey, Div... shortcuts) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.addClassName("role-section");
        section.add(shortcuts);
        add(section);
    }

    private Div shortcut(String path, String titleKey, String textKey) {
        Div card = new Div(new Anchor(path, getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        card.addClassName("shortcut");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.learnerHome");
    }
}
