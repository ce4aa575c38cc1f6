package io.switchboard.domains.eval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** Keeps the domain libraries plain Java, free of cycles, and out of each other's internals. */
class DomainArchitectureTests {

    private static final JavaClasses DOMAINS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.switchboard.domains");

    @Test
    void domainsArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("io.switchboard.domains..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .check(DOMAINS);
    }

    @Test
    void domainLogicReadsNoJson() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.switchboard.domains.finance..",
                        "io.switchboard.domains.ecommerce..",
                        "io.switchboard.domains.medical..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml..")
                .check(DOMAINS);
    }

    @Test
    void pluginsDoNotDependOnEachOther() {
        SlicesRuleDefinition.slices()
                .matching("io.switchboard.domains.(finance|ecommerce|medical)..")
                .should()
                .notDependOnEachOther()
                .check(DOMAINS);
    }

    @Test
    void coreDoesNotDependOnAPlugin() {
        noClasses()
                .that()
                .resideInAPackage("io.switchboard.domains.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.switchboard.domains.finance..",
                        "io.switchboard.domains.ecommerce..",
                        "io.switchboard.domains.medical..")
                .check(DOMAINS);
    }

    @Test
    void noPluginReachesIntoCoreInternals() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.switchboard.domains.finance..",
                        "io.switchboard.domains.ecommerce..",
                        "io.switchboard.domains.medical..",
                        "io.switchboard.domains.eval..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.switchboard.domains.core.internal..", "io.switchboard.domains.core.intent.internal..")
                .check(DOMAINS);
    }

    @Test
    void modulesAreFreeOfCycles() {
        SlicesRuleDefinition.slices()
                .matching("io.switchboard.domains.(*)..")
                .should()
                .beFreeOfCycles()
                .check(DOMAINS);
    }
}
