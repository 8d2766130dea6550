package vn.tuoitreso.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.AttachmentFile;
import vn.tuoitreso.contest.StaleEditException;
import vn.tuoitreso.review.AssignmentState;
import vn.tuoitreso.review.Judging;
import vn.tuoitreso.review.RubricCriterion;
import vn.tuoitreso.review.ScoreDraft;
import vn.tuoitreso.review.ScoreSheet;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.StaleNotice;

/**
 * A judge reads an assigned idea as it was last sent — every field, PDF pages as pictures loaded as they scroll
 * into view, the text of other documents — and scores it criterion by criterion, with the guidance beside each.
 */
@Route("judge/ideas/:assignmentId")
@RolesAllowed("JUDGE")
class ScoreSheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Span state = new Span();
    final Div idea = new Div();
    final Div files = new Div();
    final Div criteria = new Div();
    final Map<Long, NumberField> scores = new LinkedHashMap<>();
    final TextArea comment = new TextArea();
    final TextArea feedback = new TextArea();
    final Span total = new Span();
    final Button save = new Button();
    final Button submit = new Button();
    final Button conflict = new Button();

    private final Judging judging;
    private final FormErrors errors = new FormErrors(this);
    private @Nullable ScoreSheet sheet;

    ScoreSheetView(Judging judging) {
        this.judging = judging;
        addClassName("score-sheet-view");
        comment.setLabel(getTranslation("review.sheet.comment"));
        comment.setHelperText(getTranslation("review.sheet.commentHelp"));
        comment.setId("sheet-comment");
        comment.setMaxLength(Judging.TEXT_MAX_LENGTH);
        feedback.setMaxLength(Judging.TEXT_MAX_LENGTH);
        errors.bind("comment", comment).bind("feedback", feedback);
        comment.setWidthFull();
        feedback.setLabel(getTranslation("review.sheet.feedback"));
        feedback.setHelperText(getTranslation("review.sheet.feedbackHelp"));
        feedback.setId("sheet-feedback");
        feedback.setWidthFull();
        total.setId("sheet-total");
        state.setId("sheet-state");
        state.getElement().getThemeList().add("badge");
        save.setText(getTranslation("review.sheet.save"));
        save.setId("sheet-save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> run(false));
        submit.setText(getTranslation("review.sheet.submit"));
        submit.setId("sheet-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> run(true));
        conflict.setText(getTranslation("review.sheet.conflict"));
        conflict.setId("sheet-conflict");
        conflict.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        conflict.setDisableOnClick(true);
        conflict.addClickListener(e -> declareConflict());
        idea.setWidthFull();
        files.setWidthFull();
        criteria.setWidthFull();
        idea.getStyle().set("overflow-wrap", "anywhere");
        Div buttons = new Div(save, submit, conflict);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        add(new Anchor("judge/queue", getTranslation("review.sheet.back")), title, state, idea,
                new H3(getTranslation("review.sheet.files")), files, new H3(getTranslation("review.sheet.scores")),
                criteria, comment, feedback, total, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("assignmentId").orElse(""));
            show(judging.sheet(id));
        } catch (NumberFormatException | InvalidInputException e) {
            throw new NotFoundException();
        }
    }

    private void show(ScoreSheet s) {
        sheet = s;
        title.setText(s.idea().title());
        state.setText(getTranslation(s.state().messageKey()));
        idea.removeAll();
        idea.add(new Paragraph(getTranslation("review.sheet.code", s.code(), s.revision())));
        field("review.field.summary", s.idea().summary());
        field("review.field.problem", s.idea().problem());
        field("review.field.solution", s.idea().solution());
        field("review.field.impact", s.idea().impact());
        field("review.field.feasibility", s.idea().feasibility());
        if (!s.blind() && !s.team().isEmpty()) {
            field("review.field.team", String.join(", ", s.team()));
        }
        showFiles(s);
        criteria.removeAll();
        scores.clear();
        boolean locked = s.state() == AssignmentState.SUBMITTED;
        for (RubricCriterion c : s.rubric()) {
            NumberField score = new NumberField(getTranslation("review.sheet.criterion", c.name(),
                    number(c.min()), number(c.max()), number(c.weight())));
            score.setId("score-" + c.id());
            score.setMin(c.min());
            score.setMax(c.max());
            score.setStep(0.5);
            score.setStepButtonsVisible(true);
            score.setHelperText(c.description());
            score.setWidthFull();
            score.setValue(s.scores().get(c.id()));
            score.setReadOnly(locked);
            score.addValueChangeListener(e -> showTotal());
            errors.bind("score-" + c.id(), score);
            scores.put(c.id(), score);
            criteria.add(score);
        }
        comment.setValue(s.comment());
        feedback.setValue(s.feedback());
        comment.setReadOnly(locked);
        feedback.setReadOnly(locked);
        save.setEnabled(!locked);
        submit.setEnabled(!locked);
        conflict.setEnabled(!locked);
        showTotal();
    }

    private void showFiles(ScoreSheet s) {
        files.removeAll();
        if (s.files().isEmpty()) {
            files.add(new Paragraph(getTranslation("review.sheet.noFiles")));
        }
        long assignmentId = s.assignmentId();
        for (ScoreSheet.JudgeFile f : s.files()) {
            int index = f.index();
            Details reader = new Details();
            if (f.downloadable()) {
                Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                    AttachmentFile file = judging.file(assignmentId, index);
                    return new DownloadResponse(file.content().open(), file.fileName(), file.mediaType(),
                            file.size());
                }), f.name());
                download.setId("file-" + index);
                reader.add(download);
            } else {
                // its metadata could name the authors: a blind judge reads its pages or text, never the file
                reader.add(new Paragraph(getTranslation("review.sheet.readOnly")));
            }
            reader.setWidthFull();
            if (f.pdf()) {
                reader.setSummaryText(getTranslation("review.sheet.pdf", f.name()));
                reader.addOpenedChangeListener(e -> {
                    if (e.isOpened() && reader.getContent().count() == 1) {
                        pages(reader, assignmentId, index);
                    }
                });
            } else if (f.hasText()) {
                reader.setSummaryText(getTranslation("review.sheet.text", f.name()));
                reader.addOpenedChangeListener(e -> {
                    if (e.isOpened() && reader.getContent().count() == 1) {
                        Pre text = new Pre(judging.text(assignmentId, index).orElse(""));
                        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
                        reader.add(text);
                    }
                });
            } else {
                reader.setSummaryText(f.name());
            }
            files.add(reader);
        }
    }

    /** One picture per page, fetched by the browser only when it scrolls near it ({@code loading=lazy}). */
    private void pages(Details reader, long assignmentId, int index) {
        int count = judging.pdfPages(assignmentId, index);
        for (int page = 1; page <= count; page++) {
            int number = page;
            Image image = new Image(DownloadHandler.fromInputStream(event -> {
                byte[] png = judging.pdfPage(assignmentId, index, number);
                return new DownloadResponse(new ByteArrayInputStream(png), "trang-" + number + ".png", "image/png",
                        png.length);
            }), getTranslation("review.sheet.page", number, count));
            image.getElement().setAttribute("loading", "lazy");
            image.addClassName("pdf-page");
            image.setWidthFull();
            image.getStyle().set("aspect-ratio", "1 / 1.414").set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("height", "auto").set("max-width", "100%");
            reader.add(image);
        }
    }

    private void field(String labelKey, String text) {
        if (text.isBlank()) {
            return;
        }
        H3 label = new H3(getTranslation(labelKey));
        Paragraph body = new Paragraph(text);
        body.getStyle().set("white-space", "pre-line");
        idea.add(label, body);
    }

    private void showTotal() {
        ScoreSheet s = sheet;
        if (s == null) {
            return;
        }
        double sum = 0;
        double max = 0;
        for (RubricCriterion c : s.rubric()) {
            Double value = scores.get(c.id()).getValue();
            sum += c.weight() * (value == null ? 0 : value);
            max += c.weight() * c.max();
        }
        total.setText(getTranslation("review.sheet.total", number(sum), number(max)));
    }

    private ScoreDraft draft() {
        Map<Long, Double> values = new HashMap<>();
        scores.forEach((id, field) -> {
            if (field.getValue() != null) {
                values.put(id, field.getValue());
            }
        });
        return new ScoreDraft(values, comment.getValue(), feedback.getValue());
    }

    private void run(boolean submitting) {
        ScoreSheet s = sheet;
        if (s == null) {
            return;
        }
        errors.clear();
        try {
            ScoreSheet saved = submitting ? judging.submit(s.assignmentId(), draft(), s.version())
                    : judging.save(s.assignmentId(), draft(), s.version());
            show(saved);
            FormErrors.success(this, submitting ? "review.sheet.submitted" : "review.sheet.saved");
        } catch (StaleEditException e) {
            StaleNotice.open("review.sheet.stale", () -> show(judging.sheet(s.assignmentId())));
        } catch (InvalidInputException e) {
            errors.show(e);
        } finally {
            boolean locked = sheet != null && sheet.state() == AssignmentState.SUBMITTED;
            save.setEnabled(!locked);
            submit.setEnabled(!locked);
        }
    }

    private void declareConflict() {
        ScoreSheet s = sheet;
        if (s == null) {
            return;
        }
        try {
            judging.declareConflict(s.assignmentId());
            FormErrors.success(this, "review.sheet.conflictDeclared");
            getUI().ifPresent(ui -> ui.navigate("judge/queue"));
        } catch (InvalidInputException e) {
            errors.show(e);
            conflict.setEnabled(true);
        }
    }

    private String number(double value) {
        return DisplayFormats.number(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("menu.reviewQueue") : sheet.idea().title();
    }

    /** For tests: the criteria in order. */
    List<NumberField> scoreFields() {
        return new ArrayList<>(scores.values());
    }
}
