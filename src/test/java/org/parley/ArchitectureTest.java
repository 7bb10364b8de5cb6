package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layers in docs/architecture.md: core stays headless; the CLI never reaches into the UI; the window
 * reaches the corpus only through the open corpus's service (ADR 0010); no package cycles; the benches
 * stay outside the product's packages.
 */
class ArchitectureTest {
    /** The store's records and exceptions the service hands to the window; every other store class is behind the door. */
    static final Set<String> STORE_CLASSES_THE_WINDOW_MAY_SEE = Set.of(
            "org.parley.core.store.DocumentSummary",
            "org.parley.core.store.StorageException",
            "org.parley.core.store.DiskFullException",
            "org.parley.core.store.CorpusRefusedException",
            "org.parley.core.store.CorpusDamagedException",
            "org.parley.core.store.NewAnnotation",
            "org.parley.core.store.DocumentListing$Query",
            "org.parley.core.store.DocumentListing$Sort",
            "org.parley.core.store.DocumentStore$Added");

    static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    @Test
    void coreNeverImportsJavaFxUiOrCli() {
        noClasses().that().resideInAPackage("org.parley.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                        "atlantafx..", "org.parley.ui..", "org.parley.cli..")
                .check(PRODUCT);
    }

    @Test
    void coreUsesNoSwingOrAwt() {
        noClasses().that().resideInAPackage("org.parley.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .check(PRODUCT);
    }

    @Test
    void cliNeverImportsUi() {
        noClasses().that().resideInAPackage("org.parley.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.ui..", "javafx..")
                .check(PRODUCT);
    }

    @Test
    void theWindowReachesTheCorpusOnlyThroughTheService() {
        noClasses().that().resideInAPackage("org.parley.ui..")
                .should().dependOnClassesThat(behindTheDoor())
                .because("the window talks to the corpus through org.parley.core.session.OpenCorpus (ADR 0010)")
                .check(PRODUCT);
    }

    static DescribedPredicate<JavaClass> behindTheDoor() {
        return new DescribedPredicate<>("are java.sql, or store classes other than the records and exceptions the service hands out") {
            @Override
            public boolean test(JavaClass c) {
                String name = c.getName();
                return c.getPackageName().startsWith("java.sql")
                        || c.getPackageName().equals("org.parley.core.store") && !STORE_CLASSES_THE_WINDOW_MAY_SEE.contains(name)
                        || name.equals("org.parley.core.session.CorpusWork") || name.equals("org.parley.core.session.CorpusJob");
            }
        };
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.parley.(**)").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void theProductNeverImportsTheBenches() {
        noClasses().that().resideInAnyPackage("org.parley.core..", "org.parley.ui..", "org.parley.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.bench..")
                .check(PRODUCT);
    }
}
