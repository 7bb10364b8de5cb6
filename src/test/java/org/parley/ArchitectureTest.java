package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers in docs/architecture.md: core stays headless; the CLI never reaches into the UI. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    @Test
    void coreNeverImportsJavaFxUiOrCli() {
        noClasses().that().resideInAPackage("org.parley.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                        "atlantafx..", "org.parley.ui..", "org.parley.cli..")
                .check(classes);
    }

    @Test
    void cliNeverImportsUi() {
        noClasses().that().resideInAPackage("org.parley.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.ui..", "javafx..")
                .check(classes);
    }
}
