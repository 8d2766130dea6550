package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.learning.CourseAssets;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseOutline;
import vn.tuoitreso.learning.LessonSummary;
import vn.tuoitreso.learning.SectionOutline;
import vn.tuoitreso.learning.StaleEdit;
import vn.tuoitreso.learning.course.Course;
import vn.tuoitreso.learning.course.Section;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.StaleNotice;
import vn.tuoitreso.shared.Icons;

/**
 * Organisers edit a course: its description, sections and lessons, their order, and publication. Every
 * button that changes something waits for the server's answer; a change someone else made meanwhile is
 * not overwritten: the organiser is told and can read the latest version.
 */
@Route("organiser/courses/:id")
@RolesAllowed({"ORGANISER", "ADMIN"})
class CourseEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseAuthoring authoring;
    private final CourseAssets assets;
    private final Div outlineBox = new Div();
    final TextField title = new TextField(getTranslation("learning.admin.title"));
    final TextArea summary = new TextArea(getTranslation("learning.admin.summary"));
    final TextField topics = new TextField(getTranslation("learning.admin.topics"));
    final Select<CourseLevel> level = new Select<>();
    final IntegerField minutes = new IntegerField(getTranslation("learning.admin.minutes"));
    final Button save = new Button(getTranslation("action.save"));
    final Span status = new Span();
    final Button publish = new Button();
    private final FormErrors errors = new FormErrors(this);
    private long courseId;
    private long descriptionVersion;
    private boolean published;
    private String pageTitle = "";

    CourseEditorView(CourseAuthoring authoring, CourseAssets assets) {
        this.authoring = authoring;
        this.assets = assets;
        addClassName("course-editor-view");
        level.setLabel(getTranslation("learning.admin.level"));
        level.setItems(CourseLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        title.setMaxLength(Course.TITLE_MAX_LENGTH);
        summary.setMaxLength(Course.SUMMARY_MAX_LENGTH);
        topics.setMaxLength(Course.TOPICS_MAX_LENGTH);
        topics.setHelperText(getTranslation("learning.admin.topics.help"));
        errors.bind("title", title).bind("summary", summary).bind("topics", topics).bind("level", level)
                .bind("estimatedMinutes", minutes);
        // Listeners are added once: the route's instance is reused when only the course id changes.
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> saveDescription());
        publish.setDisableOnClick(true);
        publish.addClickListener(e -> togglePublished());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            courseId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            reload();
        } catch (NumberFormatException | InvalidInputException e) {
            throw new NotFoundException();
        }
    }

    /** Reads the course again: its description with its version, publication and outline. */
    private void reload() {
        CourseOutline outline = authoring.outline(courseId);
        CourseDraft description = authoring.description(courseId);
        removeAll();
        errors.clear();
        pageTitle = description.title();
        title.setValue(description.title());
        summary.setValue(description.summary());
        topics.setValue(String.join(", ", description.topics()));
        level.setValue(description.level());
        minutes.setValue(description.estimatedMinutes());
        descriptionVersion = description.version();
        showPublished(outline.course().published());
        FormLayout form = new FormLayout(title, level, summary, topics, minutes);
        form.setColspan(summary, 2);
        HorizontalLayout publication = new HorizontalLayout(status, publish);
        publication.setAlignItems(Alignment.CENTER);
        add(new Anchor("organiser/courses", getTranslation("menu.courseAdmin")), new H2(pageTitle), form, save,
                publication, new Anchor("courses/" + outline.course().slug(), getTranslation("learning.admin.view")),
                new Anchor("organiser/courses/" + courseId + "/quizzes", getTranslation("quiz.admin.link")), outlineBox);
        showOutline(outline);
    }

    private void saveDescription() {
        try {
            CourseDraft saved = authoring.update(courseId, new CourseDraft(title.getValue(), summary.getValue(),
                    Arrays.stream(topics.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                    level.getValue(), minutes.getValue(), descriptionVersion));
            descriptionVersion = saved.version();
            errors.clear();
            saved();
        } catch (InvalidInputException ex) {
            refused(ex, this::reload);
        } finally {
            save.setEnabled(true);
        }
    }

    private void togglePublished() {
        try {
            showPublished(authoring.publish(courseId, !published).published());
            saved();
        } catch (InvalidInputException ex) {
            errors.show(ex);
        } finally {
            publish.setEnabled(true);
        }
    }

    private void showPublished(boolean published) {
        this.published = published;
        status.setText(getTranslation(published ? "learning.admin.published" : "learning.course.hidden"));
        publish.setText(getTranslation(published ? "learning.admin.hide" : "learning.admin.publish"));
    }

    private void showOutline(CourseOutline outline) {
        outlineBox.removeAll();
        outlineBox.addClassName("outline-editor");
        for (SectionOutline section : outline.sections()) {
            HorizontalLayout header = new HorizontalLayout(new H3(section.title()),
                    icon(Icons.EDIT, "action.edit", () -> editSection(section)),
                    icon(Icons.ARROW_UP, "learning.admin.up",
                            () -> changed(() -> authoring.moveSection(section.id(), -1, section.version()))),
                    icon(Icons.ARROW_DOWN, "learning.admin.down",
                            () -> changed(() -> authoring.moveSection(section.id(), 1, section.version()))),
                    icon(Icons.TRASH, "action.delete",
                            () -> changed(() -> authoring.deleteSection(section.id(), section.version()))));
            header.setAlignItems(Alignment.CENTER);
            outlineBox.add(header);
            for (LessonSummary lesson : section.lessons()) {
                HorizontalLayout row = new HorizontalLayout(new Span(lesson.title()),
                        icon(Icons.EDIT, "action.edit", () -> openLesson(section.id(), lesson.id())),
                        icon(Icons.ARROW_UP, "learning.admin.up",
                                () -> changed(() -> authoring.moveLesson(lesson.id(), -1))),
                        icon(Icons.ARROW_DOWN, "learning.admin.down",
                                () -> changed(() -> authoring.moveLesson(lesson.id(), 1))),
                        icon(Icons.TRASH, "action.delete", () -> confirmDeleteLesson(lesson)));
                row.setAlignItems(Alignment.CENTER);
                row.addClassName("lesson-row");
                outlineBox.add(row);
            }
            Button addLesson = new Button(getTranslation("learning.admin.addLesson"), Icons.PLUS.create(),
                    e -> openLesson(section.id(), null));
            addLesson.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            outlineBox.add(addLesson);
        }
        Button addSection = new Button(getTranslation("learning.admin.addSection"), Icons.PLUS.create(),
                e -> editSection(null));
        outlineBox.add(addSection);
    }

    /** An icon button that waits for the server before it can be pressed again. */
    private Button icon(Icons icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create());
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    /** Runs one change of the outline and shows the outline as it is now. */
    private void changed(Runnable change) {
        try {
            change.run();
            refresh();
        } catch (InvalidInputException ex) {
            refused(ex, this::refresh);
        }
    }

    private void editSection(@Nullable SectionOutline section) {
        Dialog dialog = new Dialog(getTranslation(section == null ? "learning.admin.addSection" : "action.edit"));
        TextField name = new TextField(getTranslation("learning.admin.sectionTitle"));
        name.setWidthFull();
        name.setMaxLength(Section.TITLE_MAX_LENGTH);
        if (section != null) {
            name.setValue(section.title());
        }
        FormErrors sectionErrors = new FormErrors(this).bind("title", name);
        Button saveSection = new Button(getTranslation("action.save"));
        saveSection.setDisableOnClick(true);
        saveSection.addClickListener(e -> {
            try {
                if (section == null) {
                    authoring.addSection(courseId, name.getValue());
                } else {
                    authoring.renameSection(section.id(), name.getValue(), section.version());
                }
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                if (StaleEdit.is(ex)) {
                    StaleNotice.open(StaleEdit.MESSAGE_KEY, () -> {
                        dialog.close();
                        refresh();
                    });
                } else {
                    sectionErrors.show(ex);
                }
            } finally {
                saveSection.setEnabled(true);
            }
        });
        saveSection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), saveSection);
        dialog.open();
    }

    private void openLesson(long sectionId, @Nullable Long lessonId) {
        new LessonEditorDialog(authoring, assets, courseId, sectionId, lessonId, this::refresh).open();
    }

    private void confirmDeleteLesson(LessonSummary lesson) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("action.delete"),
                getTranslation("learning.admin.confirmDeleteLesson", lesson.title()), getTranslation("action.delete"),
                e -> changed(() -> authoring.deleteLesson(lesson.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Shows the problem next to its field, or, when someone else changed the same thing, offers to reload. */
    private void refused(InvalidInputException exception, Runnable reader) {
        if (StaleEdit.is(exception)) {
            StaleNotice.open(StaleEdit.MESSAGE_KEY, reader);
        } else {
            errors.show(exception);
        }
    }

    private void refresh() {
        showOutline(authoring.outline(courseId));
    }

    private void saved() {
        FormErrors.success(this, "action.saved");
    }

    static Html preview(String html) {
        return new Html("<div class=\"lesson-body\">" + html + "</div>");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
