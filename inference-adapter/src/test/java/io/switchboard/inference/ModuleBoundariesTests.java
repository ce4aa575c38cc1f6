package io.switchboard.inference;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's public API stays small and free of its machinery. */
class ModuleBoundariesTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.switchboard.inference");

    @Test
    void theApiDoesNotReachIntoInternalOrFrameworks() {
        noClasses()
                .that()
                .resideInAPackage("io.switchboard.inference")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.switchboard.inference.internal..",
                        "org.springframework..",
                        "io.github.resilience4j..",
                        "io.netty..",
                        "reactor.netty..")
                .check(classes);
    }

    @Test
    void theAdapterDependsOnNoOtherSwitchboardModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.switchboard.platform..", "io.switchboard.quota..", "io.switchboard.dialog..")
                .check(classes);
    }
}
