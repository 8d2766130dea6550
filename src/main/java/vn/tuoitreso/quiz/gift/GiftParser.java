package vn.tuoitreso.quiz.gift;

import static vn.tuoitreso.quiz.gift.GiftProblem.ANSWER_WITHOUT_MARKER;
import static vn.tuoitreso.quiz.gift.GiftProblem.BAD_MARK;
import static vn.tuoitreso.quiz.gift.GiftProblem.BAD_RANGE;
import static vn.tuoitreso.quiz.gift.GiftProblem.BAD_WEIGHT;
import static vn.tuoitreso.quiz.gift.GiftProblem.CATEGORY_NOT_ALONE;
import static vn.tuoitreso.quiz.gift.GiftProblem.EMPTY_ANSWER;
import static vn.tuoitreso.quiz.gift.GiftProblem.EMPTY_TEXT;
import static vn.tuoitreso.quiz.gift.GiftProblem.MISSING_ARROW;
import static vn.tuoitreso.quiz.gift.GiftProblem.NOT_A_NUMBER;
import static vn.tuoitreso.quiz.gift.GiftProblem.NO_RIGHT_ANSWER;
import static vn.tuoitreso.quiz.gift.GiftProblem.SECOND_ANSWER_BLOCK;
import static vn.tuoitreso.quiz.gift.GiftProblem.TOO_FEW_CHOICES;
import static vn.tuoitreso.quiz.gift.GiftProblem.TOO_FEW_PAIRS;
import static vn.tuoitreso.quiz.gift.GiftProblem.UNCLOSED_BRACE;
import static vn.tuoitreso.quiz.gift.GiftProblem.UNCLOSED_NAME;
import static vn.tuoitreso.quiz.gift.GiftProblem.UNOPENED_BRACE;
import static vn.tuoitreso.quiz.gift.GiftProblem.UNSUPPORTED_DESCRIPTION;
import static vn.tuoitreso.quiz.gift.GiftProblem.UNSUPPORTED_ESSAY;
import static vn.tuoitreso.quiz.gift.GiftProblem.UNSUPPORTED_NOT_EXPORTED;
import static vn.tuoitreso.quiz.gift.GiftProblem.WEIGHTS_DO_NOT_ADD_UP;
import static vn.tuoitreso.quiz.gift.GiftProblem.WEIGHT_AFTER_EQUALS;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reads Moodle's GIFT format, following Moodle's {@code qformat_gift} importer. Where Moodle would import
 * something its author cannot have meant, such as an answer without {@code =} or {@code ~}, a weight
 * that is not a percentage, two answer blocks in one question (a missing blank line) or multiple-choice
 * weights that do not add up to 100%, this parser reports a problem instead. See the package
 * documentation for the format and the deliberate differences.
 */
public final class GiftParser {

    static final String BLANK = "_____";
    static final String CATEGORY = "$CATEGORY:";
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final Pattern PERCENT = Pattern.compile("-?\\d+(\\.\\d*)?");
    private static final Pattern LEADING_WEIGHT = Pattern.compile("%\\s*-?\\d+(\\.\\d*)?\\s*%");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern MARK = Pattern.compile("\\[mark:([^]]*)]");
    private static final Pattern MOODLE_QUESTION_COMMENT = Pattern.compile("//\\s*question:\\s*\\d+\\s+name:(.*)");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int NAME_LENGTH = 80;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Question> questions = new ArrayList<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private final List<GiftProblem> problems = new ArrayList<>();
    private final List<GiftProblem> unsupported = new ArrayList<>();
    private String category = "";

    private GiftParser() {
    }

    /** Reads GIFT text. */
    public static GiftImport parse(String gift) {
        GiftParser parser = new GiftParser();
        parser.readAll(gift);
        return parser.problems.isEmpty()
                ? new GiftImport(parser.questions, List.copyOf(parser.categories), List.of(), parser.unsupported)
                : new GiftImport(List.of(), List.of(), parser.problems, parser.unsupported);
    }

    /** Reads a UTF-8 GIFT file. */
    public static GiftImport parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private void readAll(String gift) {
        String[] lines = (gift.startsWith("\uFEFF") ? gift.substring(1) : gift).split("\r\n|\r|\n", -1);
        List<Line> block = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                block.add(new Line(i + 1, line));
            } else if (!block.isEmpty()) {
                read(new Block(block));
                block = new ArrayList<>();
            }
        }
        if (!block.isEmpty()) {
            read(new Block(block));
        }
    }

    private void read(Block block) {
        String s = block.text;
        Part all = Part.trim(s, 0, s.length());
        if (all.isEmpty()) {
            reportUnexported(block);
            return;
        }
        int firstLine = block.lineAt(all.start);
        if (s.startsWith(CATEGORY, all.start)) {
            readCategory(block, all);
            return;
        }
        @Nullable String name = null;
        int bodyStart = all.start;
        if (s.startsWith("::", all.start)) {
            int nameEnd = GiftSyntax.indexOf(s, "::", all.start + 2, all.end);
            if (nameEnd < 0) {
                problem(firstLine, UNCLOSED_NAME);
                return;
            }
            name = GiftSyntax.unescape(s.substring(all.start + 2, nameEnd)).strip();
            bodyStart = nameEnd + 2;
        }
        Part body = Part.trim(s, bodyStart, all.end);
        int open = GiftSyntax.indexOf(s, "{", body.start, body.end);
        int close = GiftSyntax.indexOf(s, "}", body.start, body.end);
        if (open < 0 && close < 0) {
            unsupported.add(new GiftProblem(firstLine, UNSUPPORTED_DESCRIPTION,
                    displayName(name, Formatted.of(body.of(s)).text)));
            return;
        }
        if (close >= 0 && (open < 0 || close < open)) {
            problem(block.lineAt(close), UNOPENED_BRACE);
            return;
        }
        if (close < 0 || GiftSyntax.indexOf(s, "{", open + 1, close) >= 0) {
            problem(block.lineAt(open), UNCLOSED_BRACE);
            return;
        }
        int extra = GiftSyntax.indexOfBrace(s, close + 1, body.end);
        if (extra >= 0) {
            problem(block.lineAt(extra), SECOND_ANSWER_BLOCK);
            return;
        }
        // As Moodle: the answer block leaves a blank in the text unless it ends the question.
        String after = s.substring(close + 1, body.end);
        Formatted text = Formatted.of(s.substring(body.start, open) + (after.isEmpty() ? "" : BLANK + after));
        Part answers = Part.trim(s, open + 1, close);
        @Nullable String generalFeedback = null;
        int feedbackAt = GiftSyntax.lastIndexOf(s, "####", answers.start, answers.end);
        if (feedbackAt >= 0) {
            generalFeedback = Formatted.of(s.substring(feedbackAt + 4, answers.end)).text;
            answers = Part.trim(s, answers.start, feedbackAt);
        }
        String questionName = displayName(name, text.text);
        if (answers.isEmpty()) {
            unsupported.add(new GiftProblem(firstLine, UNSUPPORTED_ESSAY, questionName));
            return;
        }
        if (text.text.isEmpty()) {
            problem(firstLine, EMPTY_TEXT);
            return;
        }
        Options options = options(block);
        if (options == null) {
            return;
        }
        Stem stem = new Stem(questionName, text.text, text.formatOr(TextFormat.MOODLE), generalFeedback,
                category, options.mark);
        Answers context = new Answers(block, s, answers, firstLine, stem, options);
        Question question = context.read();
        if (question != null) {
            questions.add(question);
        }
    }

    private void readCategory(Block block, Part all) {
        Part path = Part.trim(block.text, all.start + CATEGORY.length(), all.end);
        int lineBreak = block.text.indexOf('\n', all.start + CATEGORY.length());
        if (lineBreak >= 0 && lineBreak < path.end) {
            problem(block.lineAt(Part.trim(block.text, lineBreak, path.end).start), CATEGORY_NOT_ALONE);
            return;
        }
        category = path.of(block.text);
        if (!category.isEmpty()) {
            categories.add(category);
        }
    }

    /** Moodle exports a question GIFT cannot hold as its {@code // question: 12  name: …} comment alone. */
    private void reportUnexported(Block block) {
        for (Line comment : block.comments) {
            Matcher matcher = MOODLE_QUESTION_COMMENT.matcher(comment.text);
            if (matcher.matches()) {
                unsupported.add(new GiftProblem(comment.number, UNSUPPORTED_NOT_EXPORTED, matcher.group(1).strip()));
            }
        }
    }

    /** This project's options in a comment of the question, such as {@code // [mark:2] [case-sensitive]}. */
    private @Nullable Options options(Block block) {
        double mark = Stem.DEFAULT_MARK;
        boolean caseSensitive = false;
        boolean ignoreDiacritics = false;
        boolean ok = true;
        for (Line comment : block.comments) {
            Matcher matcher = MARK.matcher(comment.text);
            while (matcher.find()) {
                BigDecimal value = decimal(matcher.group(1));
                if (value == null || value.signum() < 0 || !Double.isFinite(value.doubleValue())) {
                    problem(comment.number, BAD_MARK, matcher.group(1).strip());
                    ok = false;
                } else {
                    mark = value.doubleValue();
                }
            }
            caseSensitive |= comment.text.contains("[case-sensitive]");
            ignoreDiacritics |= comment.text.contains("[ignore-diacritics]");
        }
        return ok ? new Options(mark, caseSensitive, ignoreDiacritics) : null;
    }

    private void problem(int line, String key, Object... args) {
        problems.add(new GiftProblem(line, key, args));
    }

    private static String displayName(@Nullable String name, String text) {
        if (name != null && !name.isEmpty()) {
            return name;
        }
        String plain = SPACES.matcher(TAGS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        if (plain.isEmpty()) {
            plain = SPACES.matcher(text).replaceAll(" ").strip();
        }
        if (plain.length() <= NAME_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', NAME_LENGTH);
        return plain.substring(0, cut > NAME_LENGTH / 2 ? cut : NAME_LENGTH).strip() + "...";
    }

    private static @Nullable BigDecimal decimal(String text) {
        String number = text.strip();
        return NUMBER.matcher(number).matches() ? new BigDecimal(number.startsWith("+") ? number.substring(1) : number)
                : null;
    }

    private static @Nullable Double number(String text) {
        BigDecimal value = decimal(text);
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        return Double.isFinite(number) ? number : null;
    }

    /** The answer block of one question and what is needed to read it. */
    private final class Answers {

        private final Block block;
        private final String s;
        private final Part part;
        private final int firstLine;
        private final Stem stem;
        private final Options options;
        private boolean ok = true;

        Answers(Block block, String s, Part part, int firstLine, Stem stem, Options options) {
            this.block = block;
            this.s = s;
            this.part = part;
            this.firstLine = firstLine;
            this.stem = stem;
            this.options = options;
        }

        /** Picks the type as Moodle does: {@code #} first, then {@code ~}, then {@code =} with {@code ->}. */
        @Nullable Question read() {
            if (s.charAt(part.start) == '#') {
                return numerical();
            }
            if (GiftSyntax.indexOf(s, "~", part.start, part.end) >= 0) {
                return choice();
            }
            if (GiftSyntax.indexOf(s, "=", part.start, part.end) >= 0 && part.of(s).contains("->")) {
                return matching();
            }
            int hash = GiftSyntax.indexOf(s, "#", part.start, part.end);
            String head = (hash > part.start ? s.substring(part.start, hash) : part.of(s)).strip();
            return TRUE_FALSE.contains(head) ? trueFalse() : shortAnswer();
        }

        private @Nullable Question choice() {
            boolean single = false;
            List<Choice> choices = new ArrayList<>();
            for (Segment segment : marked(split(part, "~="))) {
                int line = block.lineAt(segment.markerAt);
                if (empty(segment, line)) {
                    continue;
                }
                double fraction;
                int from;
                if (segment.marker == '=') {
                    single = true;
                    Matcher weight = LEADING_WEIGHT.matcher(s).region(segment.content.start, segment.content.end);
                    if (weight.lookingAt()) {
                        fail(line, WEIGHT_AFTER_EQUALS, weight.group());
                        continue;
                    }
                    fraction = 1.0;
                    from = segment.content.start;
                } else {
                    Weighted weighted = weight(segment.content, 0.0, line);
                    if (weighted == null) {
                        continue;
                    }
                    fraction = weighted.fraction;
                    from = weighted.rest;
                }
                TextAndFeedback answer = textAndFeedback(from, segment.content.end);
                if (answer.text.isEmpty()) {
                    fail(line, EMPTY_ANSWER);
                    continue;
                }
                choices.add(new Choice(answer.text, fraction, answer.feedback));
            }
            if (!ok) {
                return null;
            }
            if (choices.size() < 2) {
                fail(firstLine, TOO_FEW_CHOICES, choices.size());
                return null;
            }
            if (single) {
                return new SingleChoice(stem, choices);
            }
            // Moodle's own check: the positive weights of a multiple-answer question make 100% to two decimals.
            BigDecimal total = choices.stream().filter(c -> c.fraction() > 0)
                    .map(c -> BigDecimal.valueOf(c.fraction())).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() == 0) {
                fail(firstLine, NO_RIGHT_ANSWER);
                return null;
            }
            if (total.setScale(2, RoundingMode.HALF_UP).compareTo(BigDecimal.ONE) != 0) {
                fail(firstLine, WEIGHTS_DO_NOT_ADD_UP, total.movePointRight(2).doubleValue());
                return null;
            }
            return new MultipleChoice(stem, choices);
        }

        private @Nullable Question trueFalse() {
            String raw = part.of(s);
            int first = GiftSyntax.indexOf(raw, "#", 0, raw.length());
            int second = first < 0 ? -1 : GiftSyntax.indexOf(raw, "#", first + 1, raw.length());
            boolean correct = raw.startsWith("T");
            // Moodle: {TRUE#feedback when answered wrongly#feedback when answered rightly}.
            @Nullable String wrong = first < 0 ? null
                    : Formatted.of(raw.substring(first + 1, second < 0 ? raw.length() : second)).text;
            @Nullable String right = second < 0 ? null : Formatted.of(raw.substring(second + 1)).text;
            return TrueFalse.of(stem, correct, right, wrong);
        }

        private @Nullable Question shortAnswer() {
            List<AcceptedAnswer> answers = new ArrayList<>();
            for (Segment segment : marked(split(part, "="))) {
                int line = block.lineAt(segment.markerAt);
                if (empty(segment, line)) {
                    continue;
                }
                Weighted weighted = weight(segment.content, 1.0, line);
                if (weighted == null) {
                    continue;
                }
                TextAndFeedback answer = textAndFeedback(weighted.rest, segment.content.end);
                if (answer.text.isEmpty()) {
                    fail(line, EMPTY_ANSWER);
                    continue;
                }
                answers.add(new AcceptedAnswer(answer.text, weighted.fraction, answer.feedback));
            }
            if (!ok) {
                return null;
            }
            if (answers.stream().noneMatch(a -> a.fraction() == 1.0)) {
                fail(firstLine, NO_RIGHT_ANSWER);
                return null;
            }
            return new ShortAnswer(stem, answers, options.caseSensitive, options.ignoreDiacritics);
        }

        private @Nullable Question numerical() {
            Part values = Part.trim(s, part.start + 1, part.end);
            @Nullable String otherFeedback = null;
            int tilde = GiftSyntax.indexOf(s, "~", values.start, values.end);
            if (tilde >= 0) {
                int hash = GiftSyntax.indexOf(s, "#", tilde + 1, values.end);
                otherFeedback = hash < 0 ? null : Formatted.of(s.substring(hash + 1, values.end)).text;
                values = Part.trim(s, values.start, tilde);
            }
            List<NumericAnswer> answers = new ArrayList<>();
            for (Segment segment : split(values, "=")) {
                if (segment.marker == 0 && segment.content.isEmpty()) {
                    continue;
                }
                int line = block.lineAt(segment.markerAt);
                if (empty(segment, line)) {
                    continue;
                }
                Weighted weighted = weight(segment.content, 1.0, line);
                if (weighted == null) {
                    continue;
                }
                TextAndFeedback answer = textAndFeedback(weighted.rest, segment.content.end);
                NumericRule rule = rule(answer.text, line);
                if (rule != null) {
                    answers.add(new NumericAnswer(rule, weighted.fraction, answer.feedback));
                }
            }
            if (!ok) {
                return null;
            }
            if (answers.isEmpty()) {
                fail(firstLine, EMPTY_ANSWER);
                return null;
            }
            if (answers.stream().noneMatch(a -> a.fraction() == 1.0)) {
                fail(firstLine, NO_RIGHT_ANSWER);
                return null;
            }
            return new Numerical(stem, answers, otherFeedback);
        }

        /** Moodle's forms: {@code 12}, {@code 12:0.5} (a zero tolerance is exact) and {@code 10..14}. */
        private @Nullable NumericRule rule(String text, int line) {
            if (text.isEmpty()) {
                fail(line, EMPTY_ANSWER);
                return null;
            }
            int dots = text.indexOf("..");
            int colon = text.indexOf(':');
            Double value;
            Double other;
            if (dots > 0) {
                value = number(text.substring(0, dots));
                other = number(text.substring(dots + 2));
            } else if (colon > 0) {
                value = number(text.substring(0, colon));
                other = number(text.substring(colon + 1));
            } else {
                value = number(text);
                other = 0.0;
            }
            if (value == null || other == null) {
                fail(line, NOT_A_NUMBER, text);
                return null;
            }
            if (dots > 0) {
                if (value > other) {
                    fail(line, BAD_RANGE, text);
                    return null;
                }
                return new NumericRule.Range(value, other);
            }
            double tolerance = Math.abs(other);
            return tolerance == 0 ? new NumericRule.Exact(value) : new NumericRule.Tolerance(value, tolerance);
        }

        private @Nullable Question matching() {
            List<Matching.Pair> pairs = new ArrayList<>();
            List<String> distractors = new ArrayList<>();
            for (Segment segment : marked(split(part, "="))) {
                int line = block.lineAt(segment.markerAt);
                if (empty(segment, line)) {
                    continue;
                }
                String raw = segment.content.of(s);
                int arrow = raw.indexOf("->");
                if (arrow < 0) {
                    fail(line, MISSING_ARROW, GiftSyntax.unescape(raw).strip());
                    continue;
                }
                String prompt = Formatted.of(raw.substring(0, arrow)).text;
                String answer = GiftSyntax.unescape(raw.substring(arrow + 2)).strip();
                if (answer.isEmpty()) {
                    fail(line, EMPTY_ANSWER);
                } else if (prompt.isEmpty()) {
                    distractors.add(answer);
                } else {
                    pairs.add(new Matching.Pair(prompt, answer));
                }
            }
            if (!ok) {
                return null;
            }
            if (pairs.size() < Matching.MIN_PAIRS) {
                fail(firstLine, TOO_FEW_PAIRS, pairs.size());
                return null;
            }
            return new Matching(stem, pairs, distractors);
        }

        /** Segments after a marker; text before the first marker is a mistake. */
        private List<Segment> marked(List<Segment> segments) {
            Segment before = segments.get(0);
            if (!before.content.isEmpty()) {
                fail(block.lineAt(before.content.start), ANSWER_WITHOUT_MARKER,
                        GiftSyntax.unescape(before.content.of(s)).strip());
            }
            return segments.subList(1, segments.size());
        }

        private boolean empty(Segment segment, int line) {
            if (segment.content.isEmpty()) {
                fail(line, EMPTY_ANSWER);
                return true;
            }
            return false;
        }

        /** Splits at each unescaped marker; the first segment, marker 0, is what comes before any marker. */
        private List<Segment> split(Part within, String markers) {
            List<Segment> segments = new ArrayList<>();
            char marker = 0;
            int markerAt = within.start;
            int contentStart = within.start;
            while (true) {
                int next = nextMarker(within, contentStart, markers);
                segments.add(new Segment(marker, markerAt, Part.trim(s, contentStart, next < 0 ? within.end : next)));
                if (next < 0) {
                    return segments;
                }
                marker = s.charAt(next);
                markerAt = next;
                contentStart = next + 1;
            }
        }

        private int nextMarker(Part within, int from, String markers) {
            int next = -1;
            for (char marker : markers.toCharArray()) {
                int at = GiftSyntax.indexOf(s, String.valueOf(marker), from, within.end);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                }
            }
            return next;
        }

        /** A leading {@code %50%} weight, or {@code absent} without one. */
        private @Nullable Weighted weight(Part content, double absent, int line) {
            if (s.charAt(content.start) != '%') {
                return new Weighted(absent, content.start);
            }
            int end = s.indexOf('%', content.start + 1);
            if (end < 0 || end >= content.end) {
                String written = s.substring(content.start, content.end).split("\\s", 2)[0];
                fail(line, BAD_WEIGHT, written);
                return null;
            }
            String percent = s.substring(content.start + 1, end).strip();
            if (!PERCENT.matcher(percent).matches() || new BigDecimal(percent).abs().compareTo(HUNDRED) > 0) {
                fail(line, BAD_WEIGHT, s.substring(content.start, end + 1));
                return null;
            }
            return new Weighted(new BigDecimal(percent).movePointLeft(2).doubleValue(), end + 1);
        }

        /** Moodle's {@code answer#feedback}: the first unescaped {@code #} starts the feedback. */
        private TextAndFeedback textAndFeedback(int from, int to) {
            int hash = GiftSyntax.indexOf(s, "#", from, to);
            if (hash < 0) {
                return new TextAndFeedback(Formatted.of(s.substring(from, to)).text, null);
            }
            return new TextAndFeedback(Formatted.of(s.substring(from, hash)).text,
                    Formatted.of(s.substring(hash + 1, to)).text);
        }

        private void fail(int line, String key, Object... args) {
            ok = false;
            problem(line, key, args);
        }
    }

    private record Line(int number, String text) {
    }

    /** A question's lines joined, comment lines blanked as Moodle does, remembering where each line starts. */
    private static final class Block {

        private final String text;
        private final int[] starts;
        private final int[] numbers;
        private final List<Line> comments = new ArrayList<>();

        Block(List<Line> lines) {
            StringBuilder joined = new StringBuilder();
            starts = new int[lines.size()];
            numbers = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (i > 0) {
                    joined.append('\n');
                }
                starts[i] = joined.length();
                numbers[i] = line.number;
                if (line.text.startsWith("//")) {
                    comments.add(line);
                    joined.append(' ');
                } else {
                    joined.append(line.text);
                }
            }
            text = joined.toString();
        }

        int lineAt(int offset) {
            int index = Arrays.binarySearch(starts, offset);
            return numbers[Math.max(0, index >= 0 ? index : -index - 2)];
        }
    }

    /** {@code [start, end)} of a block's text, without surrounding whitespace. */
    private record Part(int start, int end) {

        static Part trim(String s, int from, int to) {
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            return new Part(start, end);
        }

        boolean isEmpty() {
            return start >= end;
        }

        String of(String s) {
            return s.substring(start, end);
        }
    }

    /** A text with its optional {@code [html]}-style marker taken off and its escapes read. */
    private record Formatted(String text, @Nullable TextFormat format) {

        static Formatted of(String raw) {
            String text = raw.strip();
            TextFormat format = null;
            int end = text.indexOf(']');
            if (text.startsWith("[") && end > 0) {
                format = TextFormat.ofGiftName(text.substring(1, end)).orElse(null);
                if (format != null) {
                    text = text.substring(end + 1);
                }
            }
            return new Formatted(GiftSyntax.unescape(text).strip(), format);
        }

        TextFormat formatOr(TextFormat fallback) {
            return format == null ? fallback : format;
        }
    }

    private record Segment(char marker, int markerAt, Part content) {
    }

    private record Weighted(double fraction, int rest) {
    }

    private record TextAndFeedback(String text, @Nullable String feedback) {
    }

    private record Options(double mark, boolean caseSensitive, boolean ignoreDiacritics) {
    }
}
