package org.parley.core.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The export wing's packages depend one way: the formats' packages (qdpx, network, claimreview,
 * webannotation) on the source and writer interface beside the dataset writers, the catalogue and the
 * job ({@code job}) on all of them, and nothing back.
 */
class ExportPackagesTest {
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    @Test
    void theExportPackagesHaveNoCycles() {
        slices().matching("org.parley.core.export.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** The root package is no slice of the rule above: it is held to the same one-way order here. */
    @Test
    void theSourceAndTheDatasetWritersKnowNothingOfTheFormatsAboveThem() {
        noClasses().that().resideInAPackage("org.parley.core.export").should().dependOnClassesThat()
                .resideInAnyPackage("org.parley.core.export.job..", "org.parley.core.export.qdpx..", "org.parley.core.export.network..",
                        "org.parley.core.export.claimreview..", "org.parley.core.export.webannotation..")
                .check(CLASSES);
    }

    /** The export dialog talks to the corpus through core classes only (ExportJobs, OpenCorpus). */
    @Test
    void theExportDialogHoldsNoCorpusAndNoSql() {
        noClasses().that().resideInAPackage("org.parley.ui.export..").should().dependOnClassesThat()
                .resideInAnyPackage("org.parley.core.store..", "java.sql..").check(CLASSES);
    }
}
