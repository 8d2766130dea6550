package vn.tuoitreso.contest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tuoitreso.documents.ExtractionStatus;

/** Contest's API speaks its own words: no type of the documents module appears in a public signature. */
class ContestApiTest {

    @Test
    void no_public_signature_of_the_contest_api_names_a_documents_type() {
        Collection<JavaClass> api = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tuoitreso.contest").stream()
                .filter(c -> c.getPackageName().equals("vn.tuoitreso.contest")).toList();
        assertThat(api).extracting(JavaClass::getSimpleName).contains("AttachmentSummary", "Attachments");
        assertThat(documentsTypesIn(api)).isEmpty();
    }

    @Test
    void the_check_finds_a_documents_type_in_a_public_signature() {
        JavaClass leak = new ClassFileImporter().importClass(Leak.class);
        assertThat(documentsTypesIn(List.of(leak))).containsExactly("Leak.statuses -> " + ExtractionStatus.class.getName());
    }

    /** {@code Type.member -> documents type} for every public member of a public class that names one. */
    static List<String> documentsTypesIn(Collection<JavaClass> classes) {
        return classes.stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .flatMap(c -> Stream.concat(
                        c.getCodeUnits().stream().filter(u -> u.getModifiers().contains(JavaModifier.PUBLIC))
                                .flatMap(u -> Stream.concat(Stream.of(u.getReturnType()), u.getParameterTypes().stream())
                                        .flatMap(ContestApiTest::rawTypes)
                                        .map(t -> c.getSimpleName() + "." + u.getName() + " -> " + t)),
                        c.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                                .flatMap(f -> rawTypes(f.getType())
                                        .map(t -> c.getSimpleName() + "." + f.getName() + " -> " + t))))
                .distinct().toList();
    }

    private static Stream<String> rawTypes(JavaType type) {
        return type.getAllInvolvedRawTypes().stream().map(JavaClass::getName)
                .filter(name -> name.startsWith("vn.tuoitreso.documents."));
    }

    /** What the check must find: a documents type inside a generic return type. */
    public static final class Leak {
        public List<ExtractionStatus> statuses() {
            return List.of();
        }
    }
}
