package io.switchboard.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The arrows of DESIGN.md as rules over a root package: {@code platform} may use every library; the libraries
 * ({@code quota}, {@code dialog}, {@code inference}, {@code domains}) never use {@code platform} nor each other,
 * except that everything may use {@code domains.core} and the evaluation harness ({@code domains.eval}) may use every
 * domain plugin; no module reaches into another's {@code internal}
 * package; and module packages form no cycle.
 */
final class ModuleRules {

    private final String root;

    ModuleRules(String root) {
        this.root = root;
    }

    List<ArchRule> all() {
        return List.of(noCycles(), librariesDoNotUsePlatform(), librariesDoNotUseEachOther(), internalsStayInside());
    }

    ArchRule noCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    ArchRule librariesDoNotUsePlatform() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".platform..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".platform..")
                .allowEmptyShould(true);
    }

    ArchRule librariesDoNotUseEachOther() {
        return classes()
                .that()
                .resideInAnyPackage(root + ".quota..", root + ".dialog..", root + ".inference..", root + ".domains..")
                .should(useOnlyTheirOwnModuleAndDomainsCore())
                .allowEmptyShould(true);
    }

    ArchRule internalsStayInside() {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should(notReachIntoAnotherModulesInternals())
                .allowEmptyShould(true);
    }

    private ArchCondition<JavaClass> useOnlyTheirOwnModuleAndDomainsCore() {
        return new ArchCondition<>("use only their own module and domains.core") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = module(origin.getPackageName());
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    if (!target.startsWith(root + ".")) {
                        continue;
                    }
                    String other = module(target);
                    // the evaluation harness scores every domain plugin, so it alone may use them all
                    boolean harness = own.equals(root + ".domains.eval") && other.startsWith(root + ".domains.");
                    boolean allowed = harness
                            || other.equals(own)
                            || other.equals(root + ".domains.core")
                            || other.equals(root + ".testing");
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private ArchCondition<JavaClass> notReachIntoAnotherModulesInternals() {
        return new ArchCondition<>("not reach into another module's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (target.startsWith(root + ".")
                            && internal > 0
                            && !origin.getPackageName().startsWith(target.substring(0, internal))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code root.quota.internal.x} → {@code root.quota}; {@code root.domains.finance.y} → {@code root.domains.finance}. */
    private String module(String pkg) {
        String rest = pkg.substring(root.length() + 1);
        String[] parts = rest.split("\\.");
        int depth = parts[0].equals("domains") && parts.length > 1 ? 2 : 1;
        return root + "." + String.join(".", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
    }
}
