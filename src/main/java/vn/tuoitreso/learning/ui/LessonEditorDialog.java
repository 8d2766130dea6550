package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.learning.AssetSummary;
import vn.tuoitreso.learning.CourseAssets;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.LessonContent;
import vn.tuoitreso.learning.LessonDraft;
import vn.tuoitreso.learning.LessonSummary;
import vn.tuoitreso.learning.StaleEdit;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.Icons;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.StaleNotice;
import vn.tuoitreso.shared.TypedText;

/**
 * Writes a lesson in Markdown with a live preview, pictures and handouts. The lesson is saved from the
 * version it was read at: when a colleague saved it meanwhile, their text is kept and the author is offered
 * to read it again.
 */
class LessonEditorDialog extends Dialog {

    final TextField title = new TextField(getTranslation("learning.admin.lessonTitle"));
    final IntegerField minutes = new IntegerField(getTranslation("learning.admin.minutes"));
    final TextField video = new TextField(getTranslation("learning.admin.video"));
    final TextArea markdown = new TextArea(getTranslation("learning.admin.markdown"));
    final Div preview = new Div();
    final Button save = new Button(getTranslation("action.save"));
    final Div handouts = new Div();
    private final CourseAuthoring authoring;
    private final CourseAssets assets;
    private @Nullable Long lessonId;
    private long version;

    LessonEditorDialog(CourseAuthoring authoring, CourseAssets assets, long courseId, long sectionId,
            @Nullable Long lessonId, Runnable onSaved) {
        this.authoring = authoring;
        this.assets = assets;
        this.lessonId = lessonId;
        setHeaderTitle(getTranslation(lessonId == null ? "learning.admin.addLesson" : "action.edit"));
        setWidth("min(64rem, 100vw)");
        addClassName("lesson-editor");
        minutes.setMin(0);
        video.setHelperText(getTranslation("learning.admin.video.help"));
        title.setMaxLength(vn.tuoitreso.learning.course.Lesson.TITLE_MAX_LENGTH);
        video.setMaxLength(vn.tuoitreso.learning.course.Lesson.VIDEO_URL_MAX_LENGTH);
        markdown.setMaxLength(vn.tuoitreso.learning.course.Lesson.BODY_MAX_LENGTH);
        markdown.setHelperText(getTranslation("learning.admin.markdown.help"));
        markdown.setMinHeight("16rem");
        markdown.setWidthFull();
        TypedText.syncedWhenLeft(markdown, 600);
        markdown.addValueChangeListener(e -> updatePreview());
        preview.addClassName("lesson-preview");
        if (lessonId != null) {
            read();
        } else {
            minutes.setValue(10);
            updatePreview();
        }

        Upload image = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            try {
                String snippet = assets.uploadImage(courseId, metadata.fileName(), data);
                markdown.setValue(markdown.getValue() + "\n\n" + snippet + "\n");
            } catch (InvalidInputException e) {
                new FormErrors(this).show(e);
            }
            if (ui != null) {
                ui.push();
            }
        }));
        image.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        image.setMaxFileSize(CourseAssets.IMAGE_MAX_BYTES);
        image.setUploadButton(new Button(getTranslation("learning.admin.uploadImage"), Icons.PICTURE.create()));
        image.setDropAllowed(false);

        Upload handout = new Upload(UploadHandler.inMemory((metadata, data) -> {
            Long saved = this.lessonId;
            if (saved == null) {
                new FormErrors(this).show(InvalidInputException.of("handout", "learning.admin.saveFirst"));
                return;
            }
            try {
                assets.uploadHandout(saved, metadata.fileName(), data);
                showHandouts(saved);
            } catch (InvalidInputException e) {
                new FormErrors(this).show(e);
            }
        }));
        handout.setMaxFileSize(CourseAssets.HANDOUT_MAX_BYTES);
        handout.setUploadButton(new Button(getTranslation("learning.admin.uploadHandout"), Icons.FILE_ADD.create()));
        handout.setDropAllowed(false);

        FormErrors errors = new FormErrors(this).bind("title", title).bind("minutes", minutes).bind("videoUrl", video)
                .bind("markdown", markdown);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                LessonDraft draft = new LessonDraft(title.getValue(), markdown.getValue(), minutes.getValue(),
                        video.getValue(), version);
                if (this.lessonId == null) {
                    LessonSummary created = authoring.addLesson(sectionId, draft);
                    this.lessonId = created.id();
                } else {
                    authoring.updateLesson(this.lessonId, draft);
                }
                onSaved.run();
                close();
            } catch (InvalidInputException ex) {
                if (StaleEdit.is(ex)) {
                    StaleNotice.open(StaleEdit.MESSAGE_KEY, this::read);
                } else {
                    errors.show(ex);
                }
            } finally {
                save.setEnabled(true);
            }
        });
        save.setId("save-lesson");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout fields = new FormLayout(title, minutes, video);
        fields.setColspan(video, 2);
        Div editor = new Div(markdown, image);
        editor.addClassName("markdown-editor");
        Div previewBox = new Div(new H4(getTranslation("learning.admin.preview")), preview);
        previewBox.addClassName("markdown-preview");
        Div columns = new Div(editor, previewBox);
        columns.addClassName("editor-columns");
        add(fields, columns, new H4(getTranslation("learning.handouts")), handouts, handout);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Reads the saved lesson into the form, with the version its next save starts from. */
    private void read() {
        Long id = lessonId;
        if (id == null) {
            return;
        }
        LessonContent content = authoring.lesson(id);
        title.setValue(content.title());
        minutes.setValue(content.minutes());
        video.setValue(content.videoUrl() == null ? "" : content.videoUrl());
        markdown.setValue(content.markdown());
        version = content.version();
        updatePreview();
        showHandouts(id);
    }

    private void updatePreview() {
        preview.removeAll();
        preview.add(CourseEditorView.preview(authoring.preview(markdown.getValue())));
    }

    private void showHandouts(long lesson) {
        handouts.removeAll();
        for (AssetSummary asset : assets.handouts(lesson)) {
            Button remove = new Button(Icons.TRASH.create());
            remove.setDisableOnClick(true);
            remove.addClickListener(e -> {
                try {
                    assets.deleteHandout(asset.id());
                    showHandouts(lesson);
                } finally {
                    remove.setEnabled(true);
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.delete"));
            handouts.add(new Div(new Anchor(asset.url(), asset.fileName()), new Span(" "), remove));
        }
    }
}
