package io.switchboard.quota;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.switchboard.quota");

    @Test
    void thePublicApiIsPlainJavaAndReactorOnly() {
        noClasses()
                .that()
                .resideInAPackage("io.switchboard.quota")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.switchboard.quota.internal..",
                        "org.springframework..",
                        "io.lettuce..",
                        "io.github.resilience4j..",
                        "io.micrometer..")
                .check(classes);
    }

    @Test
    void theQuotaDependsOnNoOtherSwitchboardModule() {
        noClasses()
                .that()
                .resideInAPackage("io.switchboard.quota..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("io.switchboard..").and(not(resideInAPackage("io.switchboard.quota.."))))
                .check(classes);
    }
}
