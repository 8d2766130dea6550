package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.Progress;

/** A course in a list: title linking to the course, summary, level, length and, when known, progress. */
class CourseCard extends Div {

    CourseCard(CourseSummary course, @Nullable Progress progress) {
        addClassName("course-card");
        Anchor title = new Anchor("courses/" + course.slug(), course.title());
        H3 heading = new H3(title);
        Div meta = new Div(badge(getTranslation(course.level().messageKey())),
                badge(getTranslation("learning.lessons", course.lessonCount())),
                badge(getTranslation("learning.minutes", course.estimatedMinutes())));
        meta.addClassName("course-meta");
        for (String topic : course.topics()) {
            Span tag = badge(topic);
            tag.getElement().getThemeList().add("contrast");
            meta.add(tag);
        }
        add(heading, new Paragraph(course.summary()), meta);
        if (!course.published()) {
            Span hidden = badge(getTranslation("learning.course.hidden"));
            hidden.getElement().getThemeList().add("error");
            meta.add(hidden);
        }
        if (progress != null && progress.enrolled()) {
            add(progressBar(this, progress));
        }
    }

    static Div progressBar(com.vaadin.flow.component.Component owner, Progress progress) {
        ProgressBar bar = new ProgressBar(0, 1, progress.fraction());
        bar.addClassName("course-progress");
        Span label = new Span(owner.getTranslation("learning.progress", progress.completedLessons(),
                progress.totalLessons(), progress.percent()));
        label.addClassName("course-progress-label");
        Div box = new Div(bar, label);
        box.addClassName("course-progress-box");
        return box;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }
}
