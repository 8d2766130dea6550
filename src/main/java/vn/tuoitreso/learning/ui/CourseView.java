package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseActivity;
import vn.tuoitreso.learning.CourseOutline;
import vn.tuoitreso.learning.CourseReferences;
import vn.tuoitreso.learning.CourseRequirements;
import vn.tuoitreso.learning.Enrolments;
import vn.tuoitreso.learning.LessonSummary;
import vn.tuoitreso.learning.OfflineCourses;
import vn.tuoitreso.learning.Progress;
import vn.tuoitreso.learning.SectionOutline;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FileDownload;
import vn.tuoitreso.shared.Icons;

/** A course: what it teaches, its lessons with those already done, progress, enrolment and offline copy. */
@Route("courses/:course")
@PermitAll
class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalogue catalogue;
    private final Enrolments enrolments;
    private final OfflineCourses offline;
    private final List<CourseRequirements> requirements;
    private String title = "";
    Button enrol = new Button();

    CourseView(Catalogue catalogue, Enrolments enrolments, OfflineCourses offline, List<CourseRequirements> requirements) {
        this.requirements = requirements;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.offline = offline;
        addClassName("course-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("course").orElse("");
        CourseOutline outline = catalogue.outline(slug).orElseThrow(NotFoundException::new);
        show(outline, enrolments.progress(outline.course().id()));
    }

    private void show(CourseOutline outline, Progress progress) {
        removeAll();
        title = outline.course().title();
        add(new Anchor("courses", getTranslation("learning.backToCatalogue")));
        add(new H2(title), new Paragraph(outline.course().summary()));
        CourseReferences references = outline.references();
        if (references.checked() != null) {
            Paragraph checked = new Paragraph(getTranslation("learning.checked",
                    DisplayFormats.date(references.checked(), getLocale())));
            checked.addClassName("content-checked");
            add(checked);
        }
        if (progress.enrolled()) {
            add(CourseCard.progressBar(this, progress));
        }
        LessonSummary next = outline.lessons().stream().filter(l -> !progress.isDone(l.id())).findFirst()
                .orElse(outline.lessons().isEmpty() ? null : outline.lessons().get(0));
        enrol = new Button(getTranslation(progress.enrolled() ? "learning.continue" : "learning.enrol"));
        enrol.setId("enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button button = enrol;
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                enrolments.enrol(outline.course().id());
                if (next != null) {
                    getUI().ifPresent(ui -> ui.navigate("courses/" + outline.course().slug() + "/" + next.slug()));
                }
            } finally {
                button.setEnabled(next != null);
            }
        });
        enrol.setEnabled(next != null);
        String slug = outline.course().slug();
        FileDownload offlineCopy = new FileDownload(getTranslation("learning.offline"), slug + ".html",
                "text/html; charset=utf-8", () -> offline.download(slug).content());
        offlineCopy.setTitle(getTranslation("learning.offline.help"));
        Div actions = new Div(enrol, offlineCopy);
        actions.addClassName("course-actions");
        add(actions);
        for (SectionOutline section : outline.sections()) {
            OrderedList items = new OrderedList();
            items.addClassName("lesson-list");
            for (LessonSummary lesson : section.lessons()) {
                Anchor link = new Anchor("courses/" + outline.course().slug() + "/" + lesson.slug(), lesson.title());
                ListItem item = new ListItem(link, new Span(" · " + getTranslation("learning.minutes", lesson.minutes())));
                if (progress.isDone(lesson.id())) {
                    item.addClassName("done");
                    item.addComponentAsFirst(Icons.CHECK_CIRCLE.create());
                }
                items.add(item);
            }
            add(new H3(section.title()), items);
        }
        List<CourseActivity> activities = requirements.stream()
                .flatMap(r -> r.activities(outline.course().id()).stream()).toList();
        if (!activities.isEmpty()) {
            OrderedList items = new OrderedList();
            items.addClassName("lesson-list");
            for (CourseActivity activity : activities) {
                ListItem item = new ListItem(new Anchor(activity.path(), activity.title()),
                        new Span(" · " + getTranslation(activity.required() ? "quiz.required" : "quiz.optional")));
                if (activity.passedPercent() != null) {
                    item.addClassName("done");
                    item.addComponentAsFirst(Icons.CHECK_CIRCLE.create());
                    item.add(new Span(" · " + getTranslation("quiz.passedPercent", activity.passedPercent())));
                }
                items.add(item);
            }
            add(new H3(getTranslation("quiz.section")), items);
        }
        if (!references.glossary().isEmpty()) {
            DescriptionList glossary = new DescriptionList();
            glossary.addClassName("glossary");
            references.glossary().forEach(t -> glossary.add(new DescriptionList.Term(t.term()),
                    new DescriptionList.Description(t.meaning())));
            add(new H3(getTranslation("learning.glossary")), glossary);
        }
        if (!references.sources().isEmpty()) {
            UnorderedList sources = new UnorderedList();
            sources.addClassName("course-sources");
            for (CourseReferences.Source source : references.sources()) {
                ListItem item = new ListItem(source.title());
                if (source.url() != null) {
                    Anchor link = new Anchor(source.url(), source.url());
                    link.setTarget("_blank");
                    link.getElement().setAttribute("rel", "noopener noreferrer");
                    item.add(new Span(" · "), link);
                }
                sources.add(item);
            }
            add(new H3(getTranslation("learning.sources")), sources);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
