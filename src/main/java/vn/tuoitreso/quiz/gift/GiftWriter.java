package vn.tuoitreso.quiz.gift;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.quiz.model.AcceptedAnswer;
import vn.tuoitreso.quiz.model.Choice;
import vn.tuoitreso.quiz.model.Matching;
import vn.tuoitreso.quiz.model.MultipleChoice;
import vn.tuoitreso.quiz.model.NumericAnswer;
import vn.tuoitreso.quiz.model.NumericRule;
import vn.tuoitreso.quiz.model.Numerical;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.quiz.model.ShortAnswer;
import vn.tuoitreso.quiz.model.SingleChoice;
import vn.tuoitreso.quiz.model.Stem;
import vn.tuoitreso.quiz.model.TextFormat;
import vn.tuoitreso.quiz.model.TrueFalse;

/**
 * Writes questions as GIFT that Moodle and {@link GiftParser} read back to the same questions. The mark
 * and a short answer's case and diacritics options, which GIFT has no place for, go in a comment such as
 * {@code // [mark:2] [case-sensitive] [ignore-diacritics]} that Moodle skips.
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    /**
     * The questions as a GIFT file, with a {@code $CATEGORY} line wherever the category changes.
     *
     * @throws IllegalArgumentException for what GIFT cannot hold: {@code ->} in a short answer or in a
     *                                  matching prompt
     */
    public static String write(List<? extends Question> questions) {
        StringBuilder out = new StringBuilder();
        String category = "";
        for (Question question : questions) {
            if (!question.category().equals(category)) {
                category = question.category();
                out.append(GiftParser.CATEGORY).append(' ').append(category).append("\n\n");
            }
            write(question, out);
            out.append("\n\n");
        }
        return out.toString();
    }

    private static void write(Question question, StringBuilder out) {
        String options = options(question);
        if (!options.isEmpty()) {
            out.append("//").append(options).append('\n');
        }
        out.append("::").append(GiftSyntax.escape(question.name())).append("::");
        if (question.textFormat() != TextFormat.MOODLE || question.text().startsWith("[")) {
            out.append('[').append(question.textFormat().giftName()).append(']');
        }
        String text = question.text();
        String block = answerBlock(question);
        int blank = text.indexOf(GiftParser.BLANK);
        if (blank >= 0 && !text.substring(blank + GiftParser.BLANK.length()).isBlank()) {
            out.append(GiftSyntax.escape(text.substring(0, blank))).append(block)
                    .append(GiftSyntax.escape(text.substring(blank + GiftParser.BLANK.length())));
        } else {
            out.append(GiftSyntax.escape(text)).append(block);
        }
    }

    private static String options(Question question) {
        StringBuilder options = new StringBuilder();
        if (question.defaultMark() != Stem.DEFAULT_MARK) {
            options.append(" [mark:").append(number(question.defaultMark())).append(']');
        }
        if (question instanceof ShortAnswer shortAnswer) {
            if (shortAnswer.caseSensitive()) {
                options.append(" [case-sensitive]");
            }
            if (shortAnswer.ignoreDiacritics()) {
                options.append(" [ignore-diacritics]");
            }
        }
        return options.toString();
    }

    private static String answerBlock(Question question) {
        StringBuilder out = new StringBuilder("{");
        TextFormat format = question.textFormat();
        if (question instanceof SingleChoice single) {
            out.append('\n');
            // Only the first full-credit choice takes "=", so at least one "~" keeps the question a choice.
            int right = single.correctIndex();
            for (int i = 0; i < single.choices().size(); i++) {
                Choice choice = single.choices().get(i);
                String marker = i == right ? "=" : "~" + choiceWeight(choice.fraction());
                line(out, marker, choice.text(), choice.feedback(), format);
            }
        } else if (question instanceof MultipleChoice multiple) {
            out.append('\n');
            for (Choice choice : multiple.choices()) {
                line(out, "~" + choiceWeight(choice.fraction()), choice.text(), choice.feedback(), format);
            }
        } else if (question instanceof TrueFalse trueFalse) {
            out.append(trueFalse.correct() ? "TRUE" : "FALSE");
            String wrong = trueFalse.wrongFeedback();
            String right = trueFalse.rightFeedback();
            if (wrong != null || right != null) {
                out.append('#');
                if (wrong != null) {
                    out.append(text(wrong, format));
                }
            }
            if (right != null) {
                out.append('#').append(text(right, format));
            }
        } else if (question instanceof ShortAnswer shortAnswer) {
            out.append('\n');
            for (AcceptedAnswer answer : shortAnswer.answers()) {
                refuseArrow(answer.text(), "a short answer", shortAnswer);
                refuseArrow(answer.feedback(), "a short answer's feedback", shortAnswer);
                line(out, "=" + answerWeight(answer.fraction()), answer.text(), answer.feedback(), format);
            }
        } else if (question instanceof Numerical numerical) {
            out.append("#\n");
            for (NumericAnswer answer : numerical.answers()) {
                out.append("\t=").append(answerWeight(answer.fraction())).append(rule(answer.rule()));
                feedback(out, answer.feedback(), format);
                out.append('\n');
            }
            if (numerical.otherAnswerFeedback() != null) {
                out.append("\t~");
                feedback(out, numerical.otherAnswerFeedback(), format);
                out.append('\n');
            }
        } else if (question instanceof Matching matching) {
            out.append('\n');
            for (Matching.Pair pair : matching.pairs()) {
                refuseArrow(pair.prompt(), "a matching prompt", matching);
                out.append("\t=").append(text(pair.prompt(), format)).append(" -> ")
                        .append(GiftSyntax.escape(pair.answer())).append('\n');
            }
            for (String distractor : matching.distractors()) {
                out.append("\t= -> ").append(GiftSyntax.escape(distractor)).append('\n');
            }
        }
        String generalFeedback = question.generalFeedback();
        if (generalFeedback != null) {
            boolean multiline = out.charAt(out.length() - 1) == '\n';
            out.append(multiline ? "\t####" : "####").append(text(generalFeedback, format));
            if (multiline) {
                out.append('\n');
            }
        }
        return out.append('}').toString();
    }

    private static void line(StringBuilder out, String marker, String text, @Nullable String feedback,
            TextFormat format) {
        out.append('\t').append(marker).append(text(text, format));
        feedback(out, feedback, format);
        out.append('\n');
    }

    private static void feedback(StringBuilder out, @Nullable String feedback, TextFormat format) {
        if (feedback != null) {
            out.append('#').append(text(feedback, format));
        }
    }

    /** An escaped text; one that would read as a weight or a format marker gets its format marker first. */
    private static String text(String text, TextFormat format) {
        String escaped = GiftSyntax.escape(text);
        return text.startsWith("[") || text.startsWith("%") ? "[" + format.giftName() + "]" + escaped : escaped;
    }

    /** The weight after {@code ~}, where none means 0. */
    private static String choiceWeight(double fraction) {
        return fraction == 0 ? "" : "%" + percent(fraction) + "%";
    }

    /** The weight after {@code =}, where none means 1. */
    private static String answerWeight(double fraction) {
        return fraction == 1.0 ? "" : "%" + percent(fraction) + "%";
    }

    private static String percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String rule(NumericRule rule) {
        if (rule instanceof NumericRule.Exact exact) {
            return number(exact.value());
        }
        if (rule instanceof NumericRule.Tolerance tolerance) {
            return number(tolerance.value()) + ":" + number(tolerance.tolerance());
        }
        NumericRule.Range range = (NumericRule.Range) rule;
        return number(range.min()) + ".." + number(range.max());
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void refuseArrow(@Nullable String text, String what, Question question) {
        if (text != null && text.contains("->")) {
            throw new IllegalArgumentException("GIFT cannot hold \"->\" in " + what + ": " + question.name());
        }
    }
}
