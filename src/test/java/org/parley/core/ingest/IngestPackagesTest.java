package org.parley.core.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The batch import uses the .qdpx project reader, never the other way round (no package cycle). */
class IngestPackagesTest {
    @Test
    void theProjectReaderNeedsNothingOfTheBatchImport() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley.core.ingest");
        noClasses().that().resideInAPackage("org.parley.core.ingest.qdpx..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.core.ingest").check(classes);
    }
}
