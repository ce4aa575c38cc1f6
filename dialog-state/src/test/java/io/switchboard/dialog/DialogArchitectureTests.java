package io.switchboard.dialog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The public API stays small and free of infrastructure: records, one interface, exceptions, Reactor types. */
class DialogArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.switchboard.dialog");

    @Test
    void theApiDoesNotReachIntoInternalsOrInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage("io.switchboard.dialog")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.switchboard.dialog.internal..",
                        "io.lettuce..",
                        "org.springframework..",
                        "java.sql..",
                        "tools.jackson..")
                .check(classes);
    }

    @Test
    void theModuleDependsOnNoOtherSwitchboardModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.switchboard.platform..", "io.switchboard.quota..", "io.switchboard.inference..")
                .check(classes);
    }
}
