package io.switchboard.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The module arrows hold for the real code, and the rules do catch a reversed arrow (proved on a fixture). */
class ModularityTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.switchboard");

    private static final String FIXTURE_ROOT = "io.switchboard.platform.archfixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(FIXTURE_ROOT);

    @Test
    void theRealModulesKeepTheirArrows() {
        assertThat(PRODUCTION.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("io.switchboard.platform"))
                .anyMatch(p -> p.startsWith("io.switchboard.domains.core"));
        for (ArchRule rule : new ModuleRules("io.switchboard").all()) {
            rule.check(PRODUCTION);
        }
    }

    @Test
    void aLibraryUsingThePlatformIsCaught() {
        assertViolated(new ModuleRules(FIXTURE_ROOT).librariesDoNotUsePlatform(), "LeakyQuota");
    }

    @Test
    void reachingIntoAnotherModulesInternalsIsCaught() {
        assertViolated(new ModuleRules(FIXTURE_ROOT).internalsStayInside(), "QuotaSecret");
    }

    @Test
    void librariesUsingEachOtherAndCyclesAreCaught() {
        assertViolated(new ModuleRules(FIXTURE_ROOT).librariesDoNotUseEachOther(), "NosyDialog");
        assertViolated(new ModuleRules(FIXTURE_ROOT).noCycles(), "NosyDialog");
    }

    private static void assertViolated(ArchRule rule, String culprit) {
        EvaluationResult result = rule.evaluate(FIXTURE);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(culprit));
    }
}
