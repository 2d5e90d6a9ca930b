package org.gouvernail.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the domain's test-data builders come as a test-jar: test code, not the domain
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.gouvernail");

    @Test
    void theDomainDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("org.gouvernail.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.gouvernail.domain..", "java..")
                .check(CLASSES);
    }

    @Test
    void adaptersNeverDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.gouvernail.rest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gouvernail.persistence..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.gouvernail.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gouvernail.rest..")
                .check(CLASSES);
    }

    @Test
    void adaptersNeverDependOnTheApplicationServices() {
        noClasses()
                .that()
                .resideInAnyPackage("org.gouvernail.rest..", "org.gouvernail.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gouvernail.app..")
                .check(CLASSES);
    }

    @Test
    void resourcesCallInPortsNeverOutPorts() {
        noClasses()
                .that()
                .resideInAPackage("org.gouvernail.rest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gouvernail.domain..port.out..")
                .check(CLASSES);
    }

    @Test
    void theDomainHoldsNoFrameworkAnnotation() {
        noClasses()
                .that()
                .resideInAPackage("org.gouvernail.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void applicationServicesDoNotSpeakHttp() {
        noClasses()
                .that()
                .resideInAPackage("org.gouvernail.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "org.gouvernail.rest..")
                .check(CLASSES);
    }

    /** An area may use another (a risk names tools) but never in both directions: each area can be understood, and later split, alone. */
    @Test
    void domainAreasAreFreeOfCycles() {
        slices().matching("org.gouvernail.domain.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void theCommitteeReachesTheAreasItGovernsOnlyThroughTheirDecisionEffects() {
        noClasses()
                .that()
                .resideInAPackage("org.gouvernail.app.committee..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.gouvernail.domain.inventory..",
                        "org.gouvernail.domain.risk..",
                        "org.gouvernail.domain.usecase..",
                        "org.gouvernail.domain.policy..",
                        "org.gouvernail.app.inventory..",
                        "org.gouvernail.app.risk..",
                        "org.gouvernail.app.usecase..",
                        "org.gouvernail.app.policy..")
                .check(CLASSES);
    }
}
