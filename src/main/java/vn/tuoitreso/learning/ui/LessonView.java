package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.learning.AssetSummary;
import vn.tuoitreso.learning.Enrolments;
import vn.tuoitreso.learning.LessonPage;
import vn.tuoitreso.learning.Progress;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.Icons;

/**
 * A lesson, light for a weak phone connection: server-rendered text, pictures that load only when
 * scrolled to, a video as a plain link (never an embedded player), handouts to download.
 */
@Route("courses/:course/:lesson")
@PermitAll
class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Enrolments enrolments;
    private String title = "";
    final Div progressBox = new Div();
    final Button done = new Button();

    private @Nullable LessonPage page;

    LessonView(Enrolments enrolments) {
        this.enrolments = enrolments;
        addClassName("lesson-view");
        // Built once: the route's instance is reused from lesson to lesson.
        done.setId("mark-done");
        done.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        done.setDisableOnClick(true);
        done.addClickListener(e -> {
            if (page != null) {
                markDone(page);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String course = event.getRouteParameters().get("course").orElse("");
        String lesson = event.getRouteParameters().get("lesson").orElse("");
        try {
            show(enrolments.open(course, lesson));
        } catch (InvalidInputException e) {
            throw new NotFoundException();
        }
    }

    private void show(LessonPage page) {
        this.page = page;
        removeAll();
        title = page.lesson().title();
        String coursePath = "courses/" + page.course().slug();
        add(new Anchor(coursePath, page.course().title()));
        progressBox.removeAll();
        progressBox.add(CourseCard.progressBar(this, page.progress()));
        add(progressBox, new H2(title), new Span(getTranslation("learning.minutes", page.lesson().minutes())));
        if (page.videoUrl() != null) {
            Anchor video = new Anchor(page.videoUrl(), "");
            video.setTarget(AnchorTarget.BLANK);
            video.getElement().setAttribute("rel", "noopener noreferrer");
            video.add(Icons.PLAY_CIRCLE.create(), new Span(getTranslation("learning.video")));
            video.addClassName("video-link");
            add(video);
        }
        Html body = new Html("<div class=\"lesson-body\">" + page.html() + "</div>");
        add(body);
        if (!page.handouts().isEmpty()) {
            Div handouts = new Div(new H3(getTranslation("learning.handouts")));
            handouts.addClassName("handouts");
            for (AssetSummary handout : page.handouts()) {
                Anchor link = new Anchor(handout.url(), handout.fileName());
                link.getElement().setAttribute("download", true);
                handouts.add(new Div(Icons.FILE_TEXT_O.create(), link));
            }
            add(handouts);
        }
        done.setText(getTranslation(page.progress().isDone(page.lesson().id()) ? "learning.done" : "learning.markDone"));
        done.setEnabled(!page.progress().isDone(page.lesson().id()));
        Div navigation = new Div(done);
        navigation.addClassName("lesson-navigation");
        if (page.previous() != null) {
            navigation.addComponentAsFirst(new Anchor(coursePath + "/" + page.previous().slug(),
                    getTranslation("learning.previous")));
        }
        if (page.next() != null) {
            Anchor next = new Anchor(coursePath + "/" + page.next().slug(), getTranslation("learning.next"));
            next.setId("next-lesson");
            navigation.add(next);
        }
        add(navigation);
    }

    private void markDone(LessonPage page) {
        Progress progress = enrolments.complete(page.lesson().id());
        progressBox.removeAll();
        progressBox.add(CourseCard.progressBar(this, progress));
        done.setText(getTranslation("learning.done"));
        done.setEnabled(false);
        if (progress.completed()) {
            Notification.show(getTranslation("learning.courseCompleted", page.course().title()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            Notification.show(getTranslation("learning.progress", progress.completedLessons(), progress.totalLessons(),
                    progress.percent()), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
