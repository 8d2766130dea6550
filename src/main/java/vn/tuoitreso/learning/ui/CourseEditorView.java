package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import vn.tuoitreso.learning.CourseAssets;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseDraft;
import vn.tuoitreso.learning.CourseLevel;
import vn.tuoitreso.learning.CourseOutline;
import vn.tuoitreso.learning.LessonSummary;
import vn.tuoitreso.learning.SectionOutline;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;

/** Organisers edit a course: its description, sections and lessons, their order, and publication. */
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
    final Checkbox published = new Checkbox(getTranslation("learning.admin.published"));
    private long courseId;
    private long descriptionVersion;
    private String pageTitle = "";

    CourseEditorView(CourseAuthoring authoring, CourseAssets assets) {
        this.authoring = authoring;
        this.assets = assets;
        addClassName("course-editor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            courseId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            build(authoring.outline(courseId));
        } catch (NumberFormatException | InvalidInputException e) {
            throw new NotFoundException();
        }
    }

    private void build(CourseOutline outline) {
        removeAll();
        pageTitle = outline.course().title();
        level.setLabel(getTranslation("learning.admin.level"));
        level.setItems(CourseLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        title.setMaxLength(vn.tuoitreso.learning.course.Course.TITLE_MAX_LENGTH);
        summary.setMaxLength(vn.tuoitreso.learning.course.Course.SUMMARY_MAX_LENGTH);
        topics.setHelperText(getTranslation("learning.admin.topics.help"));
        title.setValue(outline.course().title());
        summary.setValue(outline.course().summary());
        topics.setValue(String.join(", ", outline.course().topics()));
        level.setValue(outline.course().level());
        minutes.setValue(outline.course().estimatedMinutes());
        descriptionVersion = authoring.description(courseId).version();
        published.setValue(outline.course().published());
        FormErrors errors = new FormErrors(this).bind("title", title).bind("summary", summary).bind("topics", topics)
                .bind("level", level).bind("estimatedMinutes", minutes);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                CourseDraft saved = authoring.update(courseId, new CourseDraft(title.getValue(), summary.getValue(),
                        Arrays.stream(topics.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                        level.getValue(), minutes.getValue(), descriptionVersion));
                descriptionVersion = saved.version();
                errors.clear();
                saved();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        published.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    authoring.publish(courseId, e.getValue());
                    saved();
                } catch (InvalidInputException ex) {
                    published.setValue(false);
                    errors.show(ex);
                }
            }
        });
        FormLayout form = new FormLayout(title, level, summary, topics, minutes, published);
        form.setColspan(summary, 2);
        add(new Anchor("organiser/courses", getTranslation("menu.courseAdmin")), new H2(pageTitle), form, save,
                new Anchor("courses/" + outline.course().slug(), getTranslation("learning.admin.view")),
                new Anchor("organiser/courses/" + courseId + "/quizzes", getTranslation("quiz.admin.link")), outlineBox);
        showOutline(outline);
    }

    private void showOutline(CourseOutline outline) {
        outlineBox.removeAll();
        outlineBox.addClassName("outline-editor");
        for (SectionOutline section : outline.sections()) {
            HorizontalLayout header = new HorizontalLayout(new H3(section.title()),
                    icon(VaadinIcon.EDIT, "action.edit", () -> renameSection(section)),
                    icon(VaadinIcon.ARROW_UP, "learning.admin.up", () -> authoring.moveSection(section.id(), -1, section.version())),
                    icon(VaadinIcon.ARROW_DOWN, "learning.admin.down", () -> authoring.moveSection(section.id(), 1, section.version())),
                    icon(VaadinIcon.TRASH, "action.delete", () -> authoring.deleteSection(section.id(), section.version())));
            header.setAlignItems(Alignment.CENTER);
            outlineBox.add(header);
            for (LessonSummary lesson : section.lessons()) {
                HorizontalLayout row = new HorizontalLayout(new Span(lesson.title()),
                        icon(VaadinIcon.EDIT, "action.edit", () -> openLesson(section.id(), lesson.id())),
                        icon(VaadinIcon.ARROW_UP, "learning.admin.up", () -> authoring.moveLesson(lesson.id(), -1)),
                        icon(VaadinIcon.ARROW_DOWN, "learning.admin.down", () -> authoring.moveLesson(lesson.id(), 1)),
                        icon(VaadinIcon.TRASH, "action.delete", () -> confirmDeleteLesson(lesson)));
                row.setAlignItems(Alignment.CENTER);
                row.addClassName("lesson-row");
                outlineBox.add(row);
            }
            Button addLesson = new Button(getTranslation("learning.admin.addLesson"), VaadinIcon.PLUS.create(),
                    e -> openLesson(section.id(), null));
            addLesson.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            outlineBox.add(addLesson);
        }
        Button addSection = new Button(getTranslation("learning.admin.addSection"), VaadinIcon.PLUS.create(),
                e -> renameSection(null));
        outlineBox.add(addSection);
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> {
            try {
                action.run();
                refresh();
            } catch (InvalidInputException ex) {
                new FormErrors(this).show(ex);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void renameSection(SectionOutline section) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(
                getTranslation(section == null ? "learning.admin.addSection" : "action.edit"));
        TextField name = new TextField(getTranslation("learning.admin.sectionTitle"));
        name.setWidthFull();
        if (section != null) {
            name.setValue(section.title());
        }
        FormErrors errors = new FormErrors(this).bind("title", name);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (section == null) {
                    authoring.addSection(courseId, name.getValue());
                } else {
                    authoring.renameSection(section.id(), name.getValue(), section.version());
                }
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openLesson(long sectionId, Long lessonId) {
        new LessonEditorDialog(authoring, assets, courseId, sectionId, lessonId, this::refresh).open();
    }

    private void confirmDeleteLesson(LessonSummary lesson) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("action.delete"),
                getTranslation("learning.admin.confirmDeleteLesson", lesson.title()), getTranslation("action.delete"),
                e -> {
                    authoring.deleteLesson(lesson.id());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
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
