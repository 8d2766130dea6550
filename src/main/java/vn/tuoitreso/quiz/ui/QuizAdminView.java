package vn.tuoitreso.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.learning.CourseAuthoring;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.learning.StaleEdit;
import vn.tuoitreso.quiz.BankQuestion;
import vn.tuoitreso.quiz.ImportReport;
import vn.tuoitreso.quiz.QuizAuthoring;
import vn.tuoitreso.quiz.QuizOverview;
import vn.tuoitreso.quiz.QuizSettings;
import vn.tuoitreso.quiz.ReviewPolicy;
import vn.tuoitreso.quiz.scoring.GradingMethod;
import vn.tuoitreso.shared.FileDownload;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.PhoneGrids;

/** Organisers fill a course's question bank from Moodle GIFT, export it back, and set up quizzes. */
@Route("organiser/courses/:id/quizzes")
@RolesAllowed({"ORGANISER", "ADMIN"})
class QuizAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizAuthoring quizzes;
    private final CourseAuthoring courses;
    final TextArea gift = new TextArea(getTranslation("quiz.admin.gift"));
    final Button importGift = new Button(getTranslation("quiz.admin.import"));
    final UnorderedList problems = new UnorderedList();
    final Grid<BankQuestion> bank = new Grid<>();
    private final Div quizList = new Div();
    private long courseId;
    private String title = "";

    QuizAdminView(QuizAuthoring quizzes, CourseAuthoring courses) {
        this.quizzes = quizzes;
        this.courses = courses;
        addClassName("quiz-admin-view");
        // Listeners and columns are added once: the route's instance is reused when only the course id changes.
        gift.setWidthFull();
        gift.setMinHeight("10rem");
        gift.setHelperText(getTranslation("quiz.admin.gift.help"));
        importGift.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importGift.setDisableOnClick(true);
        importGift.addClickListener(e -> {
            try {
                runImport(gift.getValue());
            } finally {
                importGift.setEnabled(true);
            }
        });
        bank.addColumn(BankQuestion::name).setHeader(getTranslation("quiz.admin.name")).setAutoWidth(true);
        bank.addColumn(q -> getTranslation("quiz.kind." + q.kind().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("quiz.admin.kind")).setAutoWidth(true);
        bank.addColumn(BankQuestion::categoryLabel).setHeader(getTranslation("quiz.admin.category")).setAutoWidth(true);
        bank.addColumn(BankQuestion::text).setHeader(getTranslation("quiz.admin.text")).setFlexGrow(1);
        bank.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            courseId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            CourseSummary course = courses.outline(courseId).course();
            build(course);
        } catch (NumberFormatException | InvalidInputException e) {
            throw new NotFoundException();
        }
    }

    private void build(CourseSummary course) {
        removeAll();
        title = getTranslation("quiz.admin.title", course.title());
        problems.removeAll();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                runImport(new String(data, StandardCharsets.UTF_8))));
        upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("quiz.admin.uploadGift")));
        FileDownload export = new FileDownload(getTranslation("quiz.admin.export"), course.slug() + ".gift",
                "text/plain; charset=utf-8", () -> quizzes.exportGift(courseId).getBytes(StandardCharsets.UTF_8));
        Button newQuiz = new Button(getTranslation("quiz.admin.newQuiz"), e -> openQuiz(null));
        PhoneGrids.fit(bank);
        add(new Anchor("organiser/courses/" + courseId, course.title()), new H2(title),
                new H3(getTranslation("quiz.admin.quizzes")), quizList, newQuiz,
                new H3(getTranslation("quiz.admin.bank")), gift, new Div(importGift, upload), problems, export, bank);
        refresh();
    }

    private void runImport(String text) {
        problems.removeAll();
        try {
            ImportReport report = quizzes.importGift(courseId, text);
            gift.clear();
            FormErrors.success(this, "quiz.admin.imported", report.imported(), report.skipped());
            report.unsupported().forEach(u -> problems.add(new ListItem(lineProblem(u))));
            refresh();
        } catch (InvalidInputException e) {
            if (StaleEdit.is(e)) {
                // the bank changed under the import: nothing was imported; show the bank as it is now
                new FormErrors(this).show(e);
                refresh();
                return;
            }
            for (InvalidInputException.Problem p : e.problems()) {
                problems.add(new ListItem(lineProblem(p)));
            }
            problems.addComponentAsFirst(new ListItem(getTranslation("quiz.admin.nothingImported")));
        }
    }

    private String lineProblem(InvalidInputException.Problem p) {
        String line = p.field().startsWith(QuizAuthoring.GIFT_LINE)
                ? p.field().substring(QuizAuthoring.GIFT_LINE.length()) : "?";
        return getTranslation("quiz.gift.atLine", line, getTranslation(p.messageKey(), p.argsArray()));
    }

    private void refresh() {
        bank.setItems(quizzes.bank(courseId));
        quizList.removeAll();
        for (QuizOverview quiz : quizzes.quizzes(courseId)) {
            Button edit = new Button(quiz.settings().title(), e -> openQuiz(quiz));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            quizList.add(new Div(edit, new Paragraph(getTranslation("quiz.admin.summary", quiz.questionIds().size(),
                    quiz.settings().passPercent()))));
        }
    }

    private void openQuiz(@Nullable QuizOverview quiz) {
        Dialog dialog = new Dialog(getTranslation(quiz == null ? "quiz.admin.newQuiz" : "action.edit"));
        QuizSettings s = quiz == null ? QuizSettings.finalQuiz(getTranslation("quiz.admin.defaultTitle")) : quiz.settings();
        TextField name = new TextField(getTranslation("quiz.admin.quizTitle"));
        name.setMaxLength(QuizAuthoring.TITLE_MAX_LENGTH);
        name.setValue(s.title());
        Checkbox required = new Checkbox(getTranslation("quiz.admin.required"), s.required());
        IntegerField pass = new IntegerField(getTranslation("quiz.admin.passPercent"));
        pass.setValue(s.passPercent());
        IntegerField attempts = new IntegerField(getTranslation("quiz.admin.attempts"));
        attempts.setHelperText(getTranslation("quiz.admin.attempts.help"));
        attempts.setValue(s.attemptsAllowed());
        Select<GradingMethod> grading = new Select<>();
        grading.setLabel(getTranslation("quiz.admin.grading"));
        grading.setItems(GradingMethod.values());
        grading.setItemLabelGenerator(g -> getTranslation("quiz.grading." + g.name().toLowerCase(java.util.Locale.ROOT)));
        grading.setValue(s.grading());
        IntegerField limit = new IntegerField(getTranslation("quiz.admin.timeLimit"));
        limit.setValue(s.timeLimitMinutes());
        Checkbox shuffle = new Checkbox(getTranslation("quiz.admin.shuffle"), s.shuffleOptions());
        Select<ReviewPolicy> review = new Select<>();
        review.setLabel(getTranslation("quiz.admin.review"));
        review.setItems(ReviewPolicy.values());
        review.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        review.setValue(s.review());
        IntegerField draw = new IntegerField(getTranslation("quiz.admin.draw"));
        draw.setHelperText(getTranslation("quiz.admin.draw.help"));
        draw.setValue(s.drawCount());
        List<BankQuestion> all = quizzes.bank(courseId);
        ComboBox<String> drawCategory = new ComboBox<>(getTranslation("quiz.admin.category"));
        drawCategory.setItems(all.stream().map(BankQuestion::category).distinct().sorted().toList());
        drawCategory.setItemLabelGenerator(BankQuestion::label);
        drawCategory.setClearButtonVisible(true);
        drawCategory.setValue(s.drawCategory() == null || s.drawCategory().isEmpty() ? null : s.drawCategory());
        MultiSelectComboBox<BankQuestion> fixed = new MultiSelectComboBox<>(getTranslation("quiz.admin.fixed"));
        fixed.setItems(all);
        fixed.setItemLabelGenerator(BankQuestion::name);
        fixed.setWidthFull();
        if (quiz != null) {
            fixed.setValue(all.stream().filter(q -> quiz.questionIds().contains(q.id())).toList());
        } else {
            fixed.setValue(all);
        }
        FormErrors errors = new FormErrors(this).bind("title", name).bind("passPercent", pass)
                .bind("attemptsAllowed", attempts).bind("timeLimitMinutes", limit).bind("drawCount", draw)
                .bind("questions", fixed);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                QuizSettings settings = new QuizSettings(name.getValue(), required.getValue(),
                        pass.getValue() == null ? -1 : pass.getValue(), attempts.getValue() == null ? 0 : attempts.getValue(),
                        grading.getValue(), limit.getValue(), shuffle.getValue(), draw.getValue(),
                        drawCategory.getValue() == null || drawCategory.getValue().isBlank() ? null : drawCategory.getValue(),
                        review.getValue());
                List<Long> ids = new LinkedHashSet<>(fixed.getValue()).stream().map(BankQuestion::id).toList();
                if (quiz == null) {
                    quizzes.create(courseId, settings, ids);
                } else {
                    quizzes.update(quiz.id(), settings, ids);
                }
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, required, pass, attempts, grading, limit, shuffle, review, draw,
                drawCategory, fixed);
        form.setColspan(fixed, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
