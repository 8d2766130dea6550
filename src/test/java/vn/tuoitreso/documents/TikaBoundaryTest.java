package vn.tuoitreso.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

/** Tika is an adapter of the documents module: only its internal packages may touch it. */
class TikaBoundaryTest {

    static final ArchRule TIKA_STAYS_INSIDE = noClasses()
            .that().resideOutsideOfPackages("vn.tuoitreso.documents.detection..", "vn.tuoitreso.documents.extraction..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.tika..")
            .because("Tika is imported only in documents' adapter packages (STYLE.md, rule 8)");

    @Test
    void no_class_outside_the_documents_adapters_depends_on_tika() {
        JavaClasses application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tuoitreso");
        TIKA_STAYS_INSIDE.check(application);
    }

    @Test
    void the_rule_catches_a_class_that_reaches_for_tika() {
        JavaClasses leak = new ClassFileImporter().importClasses(Leak.class);
        assertThat(TIKA_STAYS_INSIDE.evaluate(leak).hasViolation()).isTrue();
    }

    /** What the rule must refuse: an API-package class using Tika. */
    static final class Leak {
        String title(Metadata metadata) {
            return String.valueOf(metadata.get("title"));
        }
    }
}
