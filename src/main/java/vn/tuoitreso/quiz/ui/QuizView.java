package vn.tuoitreso.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.quiz.Answer;
import vn.tuoitreso.quiz.AttemptResult;
import vn.tuoitreso.quiz.AttemptSheet;
import vn.tuoitreso.quiz.QuestionOutcome;
import vn.tuoitreso.quiz.QuizSettings;
import vn.tuoitreso.quiz.QuizSummary;
import vn.tuoitreso.quiz.Quizzes;
import vn.tuoitreso.quiz.SheetQuestion;
import vn.tuoitreso.shared.DisplayFormats;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.TypedText;

/**
 * A quiz: what it asks of the learner, past attempts, and the attempt itself. Each answer is saved the
 * moment it is given, so a dropped connection or a closed tab loses nothing; scoring happens on the
 * server, and the browser never receives weights or right answers before review.
 */
@Route("courses/:course/quiz/:quiz")
@PermitAll
class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Quizzes quizzes;
    private String title = "";
    private String coursePath = "";
    private long quizId;
    final Button start = new Button();
    final Button submit = new Button();
    final Div sheetBox = new Div();
    final Div resultBox = new Div();

    private @Nullable AttemptSheet sheet;

    QuizView(Quizzes quizzes) {
        this.quizzes = quizzes;
        addClassName("quiz-view");
        start.setId("start-quiz");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        start.addClickListener(e -> {
            try {
                showSheet(quizzes.start(quizId));
            } catch (InvalidInputException ex) {
                notify(ex);
                start.setEnabled(true);
            }
        });
        submit.setId("submit-quiz");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setDisableOnClick(true);
        // Answers typed just before the tap reach the server first: a typed answer syncs when its field is left.
        submit.addClickListener(e -> {
            if (sheet != null) {
                submitted(quizzes.submit(sheet.attemptId()));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        coursePath = "courses/" + event.getRouteParameters().get("course").orElse("");
        try {
            quizId = Long.parseLong(event.getRouteParameters().get("quiz").orElse(""));
            showOverview(quizzes.quiz(quizId));
        } catch (NumberFormatException | InvalidInputException e) {
            throw new NotFoundException();
        }
    }

    private void showOverview(QuizSummary quiz) {
        removeAll();
        QuizSettings s = quiz.settings();
        title = s.title();
        add(new Anchor(coursePath, getTranslation("quiz.backToCourse")), new H2(title));
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("quiz.questions", quiz.questionCount())),
                new ListItem(getTranslation("quiz.passMark", s.passPercent())),
                new ListItem(s.attemptsAllowed() == 0 ? getTranslation("quiz.attemptsUnlimited", quiz.attemptsUsed())
                        : getTranslation("quiz.attempts", quiz.attemptsUsed(), s.attemptsAllowed())),
                new ListItem(getTranslation("quiz.grading." + s.grading().name().toLowerCase(java.util.Locale.ROOT))));
        if (s.timeLimitMinutes() != null) {
            facts.add(new ListItem(getTranslation("quiz.timeLimit", s.timeLimitMinutes())));
        }
        add(facts);
        if (quiz.grade() != null) {
            Paragraph grade = new Paragraph(getTranslation(quiz.passed() ? "quiz.gradePassed" : "quiz.gradeNotPassed",
                    quiz.gradePercent()));
            grade.addClassName(quiz.passed() ? "passed" : "not-passed");
            add(grade);
        }
        start.setText(getTranslation(quiz.hasOpenAttempt() ? "quiz.resume" : "quiz.start"));
        start.setVisible(true);
        start.setEnabled(quiz.canStart());
        sheetBox.removeAll();
        resultBox.removeAll();
        add(start, sheetBox, resultBox);
        List<AttemptResult> history = quizzes.history(quiz.id());
        if (!history.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (AttemptResult attempt : history) {
                list.add(new ListItem(getTranslation("quiz.historyLine", attempt.number(), attempt.scorePercent())));
            }
            add(new H3(getTranslation("quiz.history")), list);
        }
    }

    private void showSheet(AttemptSheet sheet) {
        this.sheet = sheet;
        start.setVisible(false);
        resultBox.removeAll();
        sheetBox.removeAll();
        sheetBox.addClassName("quiz-sheet");
        if (sheet.deadline() != null) {
            sheetBox.add(new Paragraph(getTranslation("quiz.deadline",
                    DisplayFormats.dateTime(sheet.deadline(), getLocale()))));
        }
        sheetBox.add(new Paragraph(getTranslation("quiz.savedAsYouGo")));
        int number = 1;
        for (SheetQuestion question : sheet.questions()) {
            Div box = new Div(new Span(getTranslation("quiz.questionNumber", number++)),
                    new Html("<div class=\"question-text\">" + question.html() + "</div>"), input(sheet, question));
            box.addClassName("quiz-question");
            box.setId("question-" + question.slot());
            sheetBox.add(box);
        }
        submit.setText(getTranslation("quiz.submit"));
        submit.setEnabled(true);
        sheetBox.add(submit);
    }

    private Component input(AttemptSheet sheet, SheetQuestion q) {
        switch (q.kind()) {
            case SINGLE_CHOICE -> {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                group.setItems(IntStream.range(0, q.options().size()).boxed().toList());
                group.setItemLabelGenerator(i -> q.options().get(i));
                group.setValue(q.chosen());
                group.addValueChangeListener(e -> save(sheet, q, e.getValue() == null ? null : new Answer.Chosen(e.getValue())));
                return group;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<Integer> group = new CheckboxGroup<>();
                group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                group.setItems(IntStream.range(0, q.options().size()).boxed().toList());
                group.setItemLabelGenerator(i -> q.options().get(i));
                group.setValue(q.chosenMany());
                group.addValueChangeListener(e -> save(sheet, q, new Answer.ChosenMany(e.getValue())));
                return group;
            }
            case TRUE_FALSE -> {
                RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
                group.setItems(true, false);
                group.setItemLabelGenerator(b -> getTranslation(b ? "quiz.true" : "quiz.false"));
                group.setValue(q.truth());
                group.addValueChangeListener(e -> save(sheet, q, e.getValue() == null ? null : new Answer.Truth(e.getValue())));
                return group;
            }
            case SHORT_ANSWER, NUMERICAL -> {
                TextField field = new TextField();
                field.setAriaLabel(getTranslation("quiz.yourAnswer"));
                field.setPlaceholder(getTranslation("quiz.yourAnswer"));
                field.setMaxLength(Quizzes.ANSWER_MAX_LENGTH);
                field.setValue(q.text());
                TypedText.syncedWhenLeft(field, 800);
                if (q.kind() == vn.tuoitreso.quiz.QuestionKind.NUMERICAL) {
                    field.getElement().setAttribute("inputmode", "decimal");
                }
                field.addValueChangeListener(e -> save(sheet, q, new Answer.Typed(e.getValue())));
                return field;
            }
            default -> {
                Div pairs = new Div();
                Map<Integer, Integer> chosen = new HashMap<>(q.matches());
                for (int p = 0; p < q.prompts().size(); p++) {
                    int prompt = p;
                    Select<Integer> select = new Select<>();
                    select.setLabel(q.prompts().get(p));
                    select.setItems(IntStream.range(0, q.matchAnswers().size()).boxed().toList());
                    select.setItemLabelGenerator(i -> i == null ? "" : q.matchAnswers().get(i));
                    select.setValue(q.matches().get(p));
                    select.addValueChangeListener(e -> {
                        if (e.getValue() == null) {
                            chosen.remove(prompt);
                        } else {
                            chosen.put(prompt, e.getValue());
                        }
                        save(sheet, q, new Answer.Matched(chosen));
                    });
                    pairs.add(select);
                }
                pairs.addClassName("matching");
                return pairs;
            }
        }
    }

    private void save(AttemptSheet sheet, SheetQuestion question, Answer answer) {
        try {
            quizzes.save(sheet.attemptId(), question.slot(), answer);
        } catch (InvalidInputException e) {
            notify(e);
            if ("quiz.timeUp".equals(e.problems().get(0).messageKey())
                    || "quiz.attemptClosed".equals(e.problems().get(0).messageKey())) {
                submitted(quizzes.submit(sheet.attemptId()));
            }
        }
    }

    /** The overview again, with the grade this attempt gave, and the attempt's result beneath it. */
    private void submitted(AttemptResult result) {
        sheet = null;
        showOverview(quizzes.quiz(quizId));
        start.setVisible(false);
        showResult(result);
        // The person tapped at the foot of a long sheet: bring the verdict into view.
        resultBox.scrollIntoView();
    }

    private void showResult(AttemptResult result) {
        sheetBox.removeAll();
        resultBox.removeAll();
        resultBox.addClassName("quiz-result");
        Paragraph verdict = new Paragraph(getTranslation(result.passed() ? "quiz.result.passed" : "quiz.result.notPassed",
                result.scorePercent(), (int) Math.round(result.grade() * 100), result.passPercent()));
        verdict.setId("quiz-verdict");
        verdict.addClassName(result.passed() ? "passed" : "not-passed");
        resultBox.add(new H3(getTranslation("quiz.result.title", result.number())), verdict);
        int number = 1;
        for (QuestionOutcome outcome : result.reviewShown() ? result.questions() : List.<QuestionOutcome>of()) {
            Div box = new Div(new Span(getTranslation(outcome.correct() ? "quiz.result.right" : "quiz.result.wrong",
                    number++)), new Html("<div class=\"question-text\">" + outcome.html() + "</div>"));
            outcome.feedback().forEach(f -> box.add(new Paragraph(f)));
            if (outcome.rightAnswer() != null) {
                box.add(new Paragraph(getTranslation("quiz.result.rightAnswer", outcome.rightAnswer())));
            }
            box.addClassNames("quiz-question", outcome.correct() ? "right" : "wrong");
            resultBox.add(box);
        }
        if (!result.reviewShown()) {
            resultBox.add(new Paragraph(getTranslation("quiz.result.noReview")));
        }
        Button again = new Button(getTranslation("quiz.backToQuiz"), e -> showOverview(quizzes.quiz(quizId)));
        again.setId("back-to-quiz");
        Anchor course = new Anchor(coursePath, getTranslation("quiz.backToCourse"));
        course.setId("back-to-course");
        Div actions = new Div(again, course);
        actions.addClassName("quiz-result-actions");
        resultBox.add(actions);
    }

    private void notify(InvalidInputException e) {
        InvalidInputException.Problem p = e.problems().get(0);
        Notification.show(getTranslation(p.messageKey(), p.argsArray()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
