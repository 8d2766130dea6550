package vn.tuoitreso.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What both engines do the same way in the application, so that they behave alike: the words of a query, team
 * members' names masked out of an idea's text (indexed and shown that way), and snippets marked on the original
 * text by comparing folded words.
 */
public final class SearchText {

    /** What replaces a team member's name in text a blind reader sees (and in every indexed text). */
    public static final String MASK = "▒▒▒";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final int SNIPPET_LENGTH = 180;
    private static final int MAX_SNIPPETS = 3;

    private SearchText() {
    }

    /** The words of a query or a text, lower-cased as written (NFC). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(VietnameseText.lower(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /**
     * The text with every team member's name replaced by {@link #MASK}: the full name, and its given names without
     * the family name when they are two words or more ("Văn Dũng"), written with or without marks, in any case.
     */
    public static String mask(String text, List<String> names) {
        if (names.isEmpty() || text.isEmpty()) {
            return text;
        }
        String original = Normalizer.normalize(text, Normalizer.Form.NFC);
        String folded = VietnameseText.fold(original);
        if (folded.length() != original.length()) {
            return text;
        }
        List<Span> spans = spans(folded);
        boolean[] masked = new boolean[spans.size()];
        for (List<String> name : nameForms(names)) {
            for (int i = 0; i + name.size() <= spans.size(); i++) {
                boolean all = true;
                for (int j = 0; j < name.size() && all; j++) {
                    all = spans.get(i + j).text(folded).equals(name.get(j));
                }
                if (all) {
                    for (int j = 0; j < name.size(); j++) {
                        masked[i + j] = true;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(original.length());
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (!masked[i]) {
                continue;
            }
            int end = i;
            while (end + 1 < spans.size() && masked[end + 1]) {
                end++;
            }
            out.append(original, at, spans.get(i).start()).append(MASK);
            at = spans.get(end).end();
            i = end;
        }
        return out.append(original, at, original.length()).toString();
    }

    private static Set<List<String>> nameForms(List<String> names) {
        Set<List<String>> forms = new LinkedHashSet<>();
        for (String name : names) {
            List<String> words = words(VietnameseText.fold(name));
            if (words.isEmpty()) {
                continue;
            }
            forms.add(words);
            if (words.size() >= 3) {
                forms.add(words.subList(1, words.size()));
            }
        }
        return forms;
    }

    /**
     * The marked passages of an idea for these query words: its summary, problem, solution and attachments (naming the
     * file), those where a word matches first; the summary's beginning when nothing matches. Blind readers get the
     * text with team members' names masked.
     */
    public static List<SearchHit.Snippet> snippets(IndexedIdea idea, List<String> queryWords, boolean blind) {
        List<String> names = blind ? idea.authors() : List.of();
        List<String> folded = queryWords.stream().map(VietnameseText::fold).distinct().toList();
        // the title is shown anyway, so it gives no passage; the first few fields that match do, in this order
        List<SearchHit.Snippet> passages = new ArrayList<>();
        addIfMatches(passages, "summary", null, idea.summary(), names, folded);
        addIfMatches(passages, "problem", null, idea.problem(), names, folded);
        addIfMatches(passages, "solution", null, idea.solution(), names, folded);
        for (IndexedIdea.AttachmentText attachment : idea.attachments()) {
            addIfMatches(passages, "attachment", attachment.fileName(), attachment.text(), names, folded);
        }
        if (passages.isEmpty()) {
            String head = snippet(mask(idea.summary(), names), List.of());
            return head == null ? List.of() : List.of(new SearchHit.Snippet("summary", null, head));
        }
        return passages;
    }

    private static void addIfMatches(List<SearchHit.Snippet> found, String field, @Nullable String fileName,
            String text, List<String> names, List<String> foldedWords) {
        if (foldedWords.isEmpty() || found.size() >= MAX_SNIPPETS) {
            return;
        }
        String snippet = passage(mask(text, names), foldedWords, true);
        if (snippet != null) {
            found.add(new SearchHit.Snippet(field, fileName, snippet));
        }
    }

    /**
     * A passage of about {@value #SNIPPET_LENGTH} characters around the place where most of these (folded) words
     * match, cut at word boundaries, with each match between the marks; null for blank text.
     */
    public static @Nullable String snippet(String text, List<String> foldedWords) {
        return passage(text, foldedWords, false);
    }

    /** The passage; null for blank text, or when a match is required and no word matches. */
    private static @Nullable String passage(String text, List<String> foldedWords, boolean matchRequired) {
        String original = singleSpaced(Normalizer.normalize(text, Normalizer.Form.NFC));
        if (original.isEmpty()) {
            return null;
        }
        String foldedOriginal = VietnameseText.fold(original);
        String folded = foldedOriginal.length() == original.length() ? foldedOriginal : original;
        List<Span> matches = matches(folded, foldedWords);
        if (matches.isEmpty() && matchRequired) {
            return null;
        }
        int from = 0;
        if (!matches.isEmpty()) {
            int best = -1;
            int bestCount = -1;
            for (Span start : matches) {
                Set<String> distinct = new LinkedHashSet<>();
                for (Span m : matches) {
                    if (m.start() >= start.start() && m.end() <= start.start() + SNIPPET_LENGTH * 2 / 3) {
                        distinct.add(m.text(folded));
                    }
                }
                if (distinct.size() > bestCount) {
                    bestCount = distinct.size();
                    best = start.start();
                }
            }
            from = Math.max(0, best - SNIPPET_LENGTH / 3);
        }
        int to = Math.min(original.length(), from + SNIPPET_LENGTH);
        // cut at word boundaries
        if (from > 0) {
            int space = original.indexOf(' ', from);
            from = space < 0 || space >= to ? from : space + 1;
        }
        if (to < original.length()) {
            int space = original.lastIndexOf(' ', to);
            to = space <= from ? to : space;
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append("… ");
        }
        int at = from;
        for (Span m : matches) {
            if (m.start() < from || m.end() > to) {
                continue;
            }
            out.append(original, at, m.start()).append(SearchHit.Snippet.MARK_START)
                    .append(original, m.start(), m.end()).append(SearchHit.Snippet.MARK_END);
            at = m.end();
        }
        out.append(original, at, to);
        if (to < original.length()) {
            out.append(" …");
        }
        return out.toString();
    }

    /** Runs of white space as one space, the ends stripped; the text itself when it needs no change. */
    private static String singleSpaced(String text) {
        StringBuilder out = null;
        boolean space = true; // at the start, as after a space: leading white space is dropped
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out == null && (space || c != ' ')) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (!space && out != null) {
                    out.append(' ');
                }
                space = true;
            } else {
                if (out != null) {
                    out.append(c);
                }
                space = false;
            }
        }
        if (out == null) {
            return space && !text.isEmpty() ? text.substring(0, text.length() - 1) : text;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /**
     * Where the words occur in the folded text as whole words, in order: found with {@code indexOf}, not by splitting
     * the whole text into words, since a page of hits carries long attachments.
     */
    private static List<Span> matches(String folded, List<String> words) {
        List<Span> matches = new ArrayList<>();
        for (String word : new LinkedHashSet<>(words)) {
            if (word.isEmpty() || !isWord(word)) {
                continue;
            }
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((at == 0 || !isWordChar(folded.charAt(at - 1)))
                        && (end == folded.length() || !isWordChar(folded.charAt(end)))) {
                    matches.add(new Span(at, end));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Span::start));
        return matches;
    }

    private static boolean isWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isWordChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A character of {@link #WORD}: a letter, a digit or a mark. */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            spans.add(new Span(matcher.start(), matcher.end()));
        }
        return spans;
    }

    private record Span(int start, int end) {
        String text(String in) {
            return in.substring(start, end);
        }
    }

    /** Title, problem, solution and attachments, folded and masked: what similar ideas compare, in both engines. */
    public static String likeText(IndexedIdea idea) {
        StringBuilder like = new StringBuilder();
        like.append(idea.title()).append('\n').append(idea.problem()).append('\n').append(idea.solution());
        idea.attachments().forEach(a -> like.append('\n').append(a.text()));
        return VietnameseText.fold(mask(like.toString(), idea.authors()));
    }
}
