package vn.tuoitreso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitType;

/**
 * The two bundles have the same keys, every key the code names exists, every message formats,
 * and no view carries a hard-coded user-facing text.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY = Pattern.compile("^[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+$");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(gift|yaml|yml|md|html|pdf|zip|txt)$");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Calls whose first string argument is shown to people. */
    private static final Pattern TEXT_CALL = Pattern.compile(
            "(new (Button|Span|H[1-6]|Paragraph|Text|NativeLabel|ListItem|Emphasis|Strong|TextField|PasswordField"
                    + "|IntegerField|NumberField|BigDecimalField|EmailField|TextArea|ComboBox|MultiSelectComboBox|Checkbox"
                    + "|CheckboxGroup|RadioButtonGroup|DatePicker|DateTimePicker|TimePicker|Select|Details|Tab"
                    + "|SideNavItem|ConfirmDialog|MenuItem)(<[^>]*>)?\\(\\s*"
                    + "|new Anchor\\([^,()]+,\\s*"
                    + "|\\.(setText|setLabel|setPlaceholder|setHelperText|setTitle|setHeaderTitle|setErrorMessage"
                    + "|setAriaLabel|setConfirmText|setCancelText|setRejectText|setHeader|setTooltipText"
                    + "|setEmptySelectionCaption|addItem|show|setDescription|setSubmit|setUsername|setPassword)\\(\\s*"
                    + "|@PageTitle\\(\\s*|@Menu\\([^)]*title\\s*=\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        for (String name : Translations.bundles()) {
            assertThat(bundle(name, "en").stringPropertyNames()).as(name)
                    .isEqualTo(bundle(name, "vi").stringPropertyNames());
        }
    }

    @Test
    void a_key_lives_in_one_bundle_only() throws IOException {
        assertThat(Translations.bundles()).contains("i18n/messages");
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String name : Translations.bundles()) {
            for (String key : bundle(name, "vi").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key + " (" + name + ")");
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void a_message_formats_as_its_pattern_says_every_time_with_its_own_arguments() throws IOException {
        Translations translations = new Translations();
        for (String language : List.of("vi", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            Properties bundle = bundle(language);
            for (String key : bundle.stringPropertyNames()) {
                for (Object[] arguments : List.of(new Object[] {1, 2, 3}, new Object[] {1500, 42, 7})) {
                    assertThat(translations.getTranslation(key, locale, arguments)).as(language + ":" + key)
                            .isEqualTo(new java.text.MessageFormat(bundle.getProperty(key), locale).format(arguments));
                }
            }
        }
    }

    @Test
    void every_message_formats_in_its_language() throws IOException {
        Translations translations = new Translations();
        for (String language : List.of("vi", "en")) {
            Properties bundle = bundle(language);
            for (String key : bundle.stringPropertyNames()) {
                String text = translations.getTranslation(key, Locale.forLanguageTag(language), 1, 2, 3);
                assertThat(text).as(language + ":" + key).doesNotStartWith("!").isNotBlank();
                assertThat(bundle.getProperty(key).replace("''", "")).as("unpaired apostrophe in " + language + ":" + key)
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void vietnamese_texts_are_written_with_diacritics() throws IOException {
        Properties vi = bundle("vi");
        long withDiacritics = vi.stringPropertyNames().stream()
                .map(vi::getProperty).filter(t -> !t.equals(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD)))
                .count();
        assertThat(withDiacritics).isGreaterThan(vi.size() * 3L / 4);
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        Set<String> known = bundle("vi").stringPropertyNames();
        Set<String> prefixes = known.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = STRING.matcher(Files.readString(file));
            while (m.find()) {
                String literal = m.group(1);
                if (KEY.matcher(literal).matches() && !FILE_NAME.matcher(literal).matches()
                        && prefixes.stream().anyMatch(literal::startsWith)
                        && !known.contains(literal)) {
                    missing.add(literal + " (" + file.getFileName() + ")");
                }
            }
        }
        for (Role role : Role.values()) {
            if (!known.contains(role.messageKey())) {
                missing.add(role.messageKey());
            }
        }
        for (vn.tuoitreso.learning.CourseLevel level : vn.tuoitreso.learning.CourseLevel.values()) {
            if (!known.contains(level.messageKey())) {
                missing.add(level.messageKey());
            }
        }
        for (UnitType type : UnitType.values()) {
            if (!known.contains(type.messageKey())) {
                missing.add(type.messageKey());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void views_contain_no_hard_coded_user_facing_text() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher m = TEXT_CALL.matcher(source);
            while (m.find()) {
                String text = m.group(m.groupCount());
                if (text.chars().anyMatch(Character::isLetter) && !KEY.matcher(text).matches()) {
                    found.add(file.getFileName() + ": \"" + text + "\"");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_check_for_hard_coded_text_catches_one() {
        Matcher m = TEXT_CALL.matcher("add(new Button(\"Lưu lại\"), new Anchor(\"login\", \"Log in\"));");
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(m.groupCount()));
        }
        assertThat(texts).containsExactly("Lưu lại", "Log in");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /** Every bundle of a language together. */
    private static Properties bundle(String language) throws IOException {
        Properties all = new Properties();
        for (String name : Translations.bundles()) {
            all.putAll(bundle(name, language));
        }
        return all;
    }

    private static Properties bundle(String name, String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + name + "_" + language + ".properties")) {
            assertThat(in).as("bundle " + name + " " + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
