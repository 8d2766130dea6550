package vn.tuoitreso.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random GIFT-like text from fixed seeds, so a failure can be replayed. */
class GiftFuzzTest {

    private static final List<String> NOISE = List.of("::", "Câu ", "{", "}", "=", "~", "#", "####", "->", "%50%",
            "%-100%", "%", "\\", "\\n", "\\{", "\\:", ":", "..", "1.5", "12", "-3", "T", "TRUE", "F", "_____", "[html]",
            "[plain]", "[", "]", "$CATEGORY: ", "// ", "//[mark:2] [case-sensitive]", "\n", "\n\n", " ", "\t", "đúng",
            "sai", "Hà Nội", "thương mại", "*", "\r\n");

    private static final List<String> WORDS = List.of("Hà Nội", "thương mại", "điện tử", "OTP", " ", " ", "\\{",
            "\\}", "\\:", "\\#", "\\=", "\\~", "\\n", "\\\\", "\\x", "_____", "%", "[html]", "[", "]", "::", "//",
            "7:30",
            "50%", "*", "$CATEGORY:", "T", "->", "-", ">", ".", "..", "\t", "ạ", "Đ");

    private static final List<String> WEIGHTS = List.of("", "", "%50%", "%-100%", "%33.33333%", "%100%", "%0%", "%25%",
            "%-25%", "%abc%");

    private static final List<String> NUMBERS = List.of("12", "1.5:0.01", "-5..-1", "1..5", "2025:0", "0", "-0", "1e3",
            "3,5", "5..1", ".5", "7:0.5");

    @Test
    void random_noise_never_throws_and_what_it_makes_is_written_back_the_same() {
        SplittableRandom random = new SplittableRandom(20250902);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder gift = new StringBuilder();
            int length = random.nextInt(1, 30);
            for (int j = 0; j < length; j++) {
                gift.append(pick(NOISE, random));
            }
            check(gift.toString());
        }
    }

    @Test
    void random_questions_of_every_type_never_throw_and_are_written_back_the_same() {
        SplittableRandom random = new SplittableRandom(2025);
        int accepted = 0;
        for (int i = 0; i < 10_000; i++) {
            if (check(question(random))) {
                accepted++;
            }
        }
        assertThat(accepted).as("random questions that were accepted").isGreaterThan(2_000);
    }

    /** Whether {@code input} made questions, which then came back the same from the writer. */
    private static boolean check(String input) {
        GiftImport[] result = new GiftImport[1];
        assertThatCode(() -> result[0] = GiftParser.parse(input)).as(input).doesNotThrowAnyException();
        GiftImport gift = result[0];
        assertThat(gift.ok()).isEqualTo(gift.problems().isEmpty());
        if (!gift.ok() || gift.questions().isEmpty()) {
            return false;
        }
        String written = GiftWriter.write(gift.questions());
        GiftImport back = GiftParser.parse(written);
        String context = input + "\n=== written ===\n" + written;
        assertThat(back.problems()).as(context).isEmpty();
        assertThat(back.questions()).as(context).containsExactlyElementsOf(gift.questions());
        return true;
    }

    private static String question(SplittableRandom random) {
        StringBuilder gift = new StringBuilder();
        if (random.nextInt(4) == 0) {
            gift.append("// [mark:").append(random.nextInt(4)).append("] [ignore-diacritics]\n");
        }
        if (random.nextBoolean()) {
            gift.append("::").append(text(random)).append("::");
        }
        gift.append(text(random)).append('{');
        switch (random.nextInt(5)) {
            case 0 -> {
                int choices = random.nextInt(1, 6);
                for (int i = 0; i < choices; i++) {
                    gift.append(random.nextInt(3) == 0 ? "=" : "~" + pick(WEIGHTS, random)).append(text(random));
                    feedback(gift, random);
                    gift.append(random.nextBoolean() ? "\n" : " ");
                }
            }
            case 1 -> {
                int answers = random.nextInt(1, 4);
                for (int i = 0; i < answers; i++) {
                    gift.append('=').append(pick(WEIGHTS, random)).append(text(random));
                    feedback(gift, random);
                    gift.append('\n');
                }
            }
            case 2 -> {
                gift.append('#');
                int answers = random.nextInt(1, 4);
                for (int i = 0; i < answers; i++) {
                    gift.append(i == 0 && random.nextBoolean() ? "" : "=").append(pick(WEIGHTS, random))
                            .append(pick(NUMBERS, random));
                    feedback(gift, random);
                    gift.append(' ');
                }
                if (random.nextBoolean()) {
                    gift.append("~#").append(text(random));
                }
            }
            case 3 -> {
                int pairs = random.nextInt(2, 6);
                for (int i = 0; i < pairs; i++) {
                    gift.append('=').append(random.nextInt(5) == 0 ? "" : text(random)).append(" -> ")
                            .append(text(random)).append('\n');
                }
            }
            default -> {
                gift.append(List.of("T", "TRUE", "F", "FALSE").get(random.nextInt(4)));
                feedback(gift, random);
                feedback(gift, random);
            }
        }
        if (random.nextBoolean()) {
            gift.append("####").append(text(random));
        }
        gift.append('}');
        if (random.nextInt(3) == 0) {
            gift.append(text(random));
        }
        return gift.toString();
    }

    private static void feedback(StringBuilder gift, SplittableRandom random) {
        if (random.nextBoolean()) {
            gift.append('#').append(text(random));
        }
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(1, 5);
        for (int i = 0; i < words; i++) {
            text.append(pick(WORDS, random));
        }
        return text.toString();
    }

    private static String pick(List<String> pieces, SplittableRandom random) {
        return pieces.get(random.nextInt(pieces.size()));
    }
}
