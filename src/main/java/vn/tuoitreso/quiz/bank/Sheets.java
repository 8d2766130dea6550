package vn.tuoitreso.quiz.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.shared.SafeMarkdown;
import vn.tuoitreso.quiz.Answer;
import vn.tuoitreso.quiz.QuestionKind;
import vn.tuoitreso.quiz.SheetQuestion;
import vn.tuoitreso.quiz.model.Choice;
import vn.tuoitreso.quiz.model.Matching;
import vn.tuoitreso.quiz.model.MultipleChoice;
import vn.tuoitreso.quiz.model.Numerical;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.quiz.model.ShortAnswer;
import vn.tuoitreso.quiz.model.SingleChoice;
import vn.tuoitreso.quiz.model.TrueFalse;

/**
 * Turns questions into what the browser may see, and the learner's answers (in the order shown)
 * into stored responses (in the questions' own order). Stored forms: {@code c:2}, {@code m:0,3},
 * {@code t:1}, {@code s:text}, {@code n:text}, {@code x:0=2,1=0} (prompt = answer index).
 */
public final class Sheets {

    /** The longest typed answer kept (a short answer or a number); the answer field stops there too. */
    public static final int ANSWER_MAX_LENGTH = 500;

    private Sheets() {
    }

    public static QuestionKind kind(Question question) {
        if (question instanceof SingleChoice) {
            return QuestionKind.SINGLE_CHOICE;
        } else if (question instanceof MultipleChoice) {
            return QuestionKind.MULTIPLE_CHOICE;
        } else if (question instanceof TrueFalse) {
            return QuestionKind.TRUE_FALSE;
        } else if (question instanceof ShortAnswer) {
            return QuestionKind.SHORT_ANSWER;
        } else if (question instanceof Numerical) {
            return QuestionKind.NUMERICAL;
        }
        return QuestionKind.MATCHING;
    }

    /** The order options are shown in, as "2,0,1" (shown index → own index); empty when nothing to order. */
    public static String order(Question question, boolean shuffle, RandomGenerator random) {
        int size = 0;
        if (question instanceof SingleChoice q) {
            size = q.choices().size();
        } else if (question instanceof MultipleChoice q) {
            size = q.choices().size();
        } else if (question instanceof Matching q) {
            size = q.answers().size();
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        if (shuffle || question instanceof Matching) {
            Collections.shuffle(order, new java.util.Random(random.nextLong()));
        }
        return order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static SheetQuestion sheet(int slot, Question question, String order, @Nullable String stored) {
        int[] perm = perm(order);
        List<String> options = List.of();
        List<String> prompts = List.of();
        List<String> answers = List.of();
        Integer chosen = null;
        Set<Integer> chosenMany = Set.of();
        Boolean truth = null;
        String text = "";
        Map<Integer, Integer> matches = Map.of();
        if (question instanceof SingleChoice q) {
            options = shown(q.choices(), perm);
        } else if (question instanceof MultipleChoice q) {
            options = shown(q.choices(), perm);
        } else if (question instanceof Matching q) {
            prompts = q.pairs().stream().map(Matching.Pair::prompt).toList();
            answers = Arrays.stream(perm).mapToObj(i -> q.answers().get(i)).toList();
        }
        if (stored != null && stored.length() >= 2) {
            String value = stored.substring(2);
            switch (stored.charAt(0)) {
                case 'c' -> chosen = shownIndex(perm, Integer.parseInt(value));
                case 'm' -> chosenMany = value.isEmpty() ? Set.of() : Arrays.stream(value.split(","))
                        .map(v -> shownIndex(perm, Integer.parseInt(v))).collect(Collectors.toSet());
                case 't' -> truth = "1".equals(value);
                case 's', 'n' -> text = value;
                case 'x' -> {
                    Map<Integer, Integer> m = new HashMap<>();
                    for (String pair : value.isEmpty() ? new String[0] : value.split(",")) {
                        String[] p = pair.split("=");
                        m.put(Integer.parseInt(p[0]), shownIndex(perm, Integer.parseInt(p[1])));
                    }
                    matches = m;
                }
                default -> {
                }
            }
        }
        return new SheetQuestion(slot, kind(question), html(question), options, prompts, answers, chosen, chosenMany,
                truth, text, matches);
    }

    /** The stored form of an answer given in shown indices; refuses an answer that does not fit the question. */
    public static @Nullable String store(Question question, String order, @Nullable Answer answer) {
        if (answer == null) {
            return null;
        }
        int[] perm = perm(order);
        if (answer instanceof Answer.Chosen a && question instanceof SingleChoice) {
            return "c:" + own(perm, a.shownIndex());
        } else if (answer instanceof Answer.ChosenMany a && question instanceof MultipleChoice) {
            return "m:" + a.shownIndices().stream().map(i -> own(perm, i)).sorted().map(String::valueOf)
                    .collect(Collectors.joining(","));
        } else if (answer instanceof Answer.Truth a && question instanceof TrueFalse) {
            return "t:" + (a.value() ? 1 : 0);
        } else if (answer instanceof Answer.Typed a && question instanceof ShortAnswer) {
            return "s:" + limit(a.text());
        } else if (answer instanceof Answer.Typed a && question instanceof Numerical) {
            return "n:" + limit(a.text());
        } else if (answer instanceof Answer.Matched a && question instanceof Matching m) {
            return "x:" + a.matches().entrySet().stream()
                    .filter(e -> e.getKey() >= 0 && e.getKey() < m.pairs().size())
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + own(perm, e.getValue())).collect(Collectors.joining(","));
        }
        throw new IllegalArgumentException("answer does not fit the question");
    }

    /** The question text as safe HTML: Markdown rendered, HTML sanitised, plain text escaped. */
    public static String html(Question question) {
        String text = question.text();
        return switch (question.textFormat()) {
            case MARKDOWN -> SafeMarkdown.toHtml(text);
            case HTML -> Jsoup.clean(text, Safelist.basic());
            default -> Entities.escape(text).replace("\n", "<br>");
        };
    }

    public static Set<Integer> own(String order, Set<Integer> shown) {
        int[] perm = perm(order);
        Set<Integer> result = new HashSet<>();
        shown.forEach(i -> result.add(own(perm, i)));
        return result;
    }

    private static List<String> shown(List<Choice> choices, int[] perm) {
        return Arrays.stream(perm).mapToObj(i -> choices.get(i).text()).toList();
    }

    private static int[] perm(String order) {
        return order.isBlank() ? new int[0] : Arrays.stream(order.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static int own(int[] perm, int shown) {
        if (shown < 0 || shown >= perm.length) {
            throw new IllegalArgumentException("no such option");
        }
        return perm[shown];
    }

    private static int shownIndex(int[] perm, int own) {
        for (int i = 0; i < perm.length; i++) {
            if (perm[i] == own) {
                return i;
            }
        }
        return -1;
    }

    private static String limit(String text) {
        String t = text.strip();
        return t.length() > ANSWER_MAX_LENGTH ? t.substring(0, ANSWER_MAX_LENGTH) : t;
    }
}
