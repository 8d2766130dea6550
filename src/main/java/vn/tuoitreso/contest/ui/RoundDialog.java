package vn.tuoitreso.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.submission.Round;
import vn.tuoitreso.shared.DatePickerTexts;
import vn.tuoitreso.shared.FormErrors;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.ProvinceTime;

/**
 * Adds or edits a round. Times are typed and shown in the province's time zone, whatever the browser's,
 * because deadlines are announced in Vietnam time.
 */
class RoundDialog extends Dialog {

    final TextField name = new TextField(getTranslation("contest.admin.roundName"));
    final DateTimePicker submissionOpens = new DateTimePicker(getTranslation("contest.admin.submissionOpens"));
    final DateTimePicker submissionCloses = new DateTimePicker(getTranslation("contest.admin.submissionCloses"));
    final DateTimePicker reviewOpens = new DateTimePicker(getTranslation("contest.admin.reviewOpens"));
    final DateTimePicker reviewCloses = new DateTimePicker(getTranslation("contest.admin.reviewCloses"));
    final Button save = new Button(getTranslation("action.save"));

    /**
     * @param round the round to edit, or null for a new one
     * @param now   the server's time, from which a new round's window is proposed
     * @param saver sends the plan (with the version the round was read at) to the service; an
     *              {@link InvalidInputException} keeps the dialog open
     */
    RoundDialog(ContestSummary.@Nullable RoundSummary round, Instant now, Consumer<RoundDraft> saver) {
        setHeaderTitle(round == null ? getTranslation("contest.admin.addRound")
                : getTranslation("contest.admin.editRound", round.plan().name()));
        name.setId("round-name");
        name.setMaxLength(Round.NAME_MAX_LENGTH);
        name.setRequired(true);
        submissionOpens.setId("round-opens");
        submissionCloses.setId("round-closes");
        reviewOpens.setId("round-review-opens");
        reviewCloses.setId("round-review-closes");
        for (DateTimePicker picker : new DateTimePicker[] {submissionOpens, submissionCloses, reviewOpens,
                reviewCloses}) {
            picker.setLocale(getLocale());
            DatePickerTexts.translate(picker);
            picker.setStep(Duration.ofMinutes(30));
        }
        submissionOpens.setRequiredIndicatorVisible(true);
        submissionCloses.setRequiredIndicatorVisible(true);
        if (round == null) {
            LocalDateTime start = local(now).truncatedTo(ChronoUnit.HOURS).plusHours(1);
            submissionOpens.setValue(start);
            submissionCloses.setValue(start.plusDays(14));
        } else {
            RoundDraft plan = round.plan();
            name.setValue(plan.name());
            submissionOpens.setValue(local(plan.submissionOpens()));
            submissionCloses.setValue(local(plan.submissionCloses()));
            reviewOpens.setValue(plan.reviewOpens() == null ? null : local(plan.reviewOpens()));
            reviewCloses.setValue(plan.reviewCloses() == null ? null : local(plan.reviewCloses()));
        }
        FormErrors errors = new FormErrors(this).bind("round", submissionCloses).bind("review", reviewCloses);
        save.setId("save-round");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ChangeButtons.onClick(save, () -> {
            if (submissionOpens.getValue() == null || submissionCloses.getValue() == null
                    || (reviewOpens.getValue() == null) != (reviewCloses.getValue() == null)) {
                errors.show(InvalidInputException.of(submissionOpens.getValue() == null
                        || submissionCloses.getValue() == null ? "round" : "review", "contest.admin.roundTimes"));
                return;
            }
            try {
                saver.accept(new RoundDraft(name.getValue().strip(), instant(submissionOpens.getValue()),
                        instant(submissionCloses.getValue()), instant(reviewOpens.getValue()),
                        instant(reviewCloses.getValue()), round == null ? 0 : round.plan().version()));
                close();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        Paragraph zone = new Paragraph(getTranslation("contest.admin.timeZone"));
        zone.addClassName("muted");
        FormLayout form = new FormLayout(name, submissionOpens, submissionCloses, reviewOpens, reviewCloses);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(name, 2);
        add(form, zone);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(44rem, 96vw)");
        addClassName("round-dialog");
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ProvinceTime.ZONE);
    }

    static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(ProvinceTime.ZONE).toInstant();
    }
}
