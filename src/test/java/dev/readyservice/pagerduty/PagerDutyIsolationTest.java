package dev.readyservice.pagerduty;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md: integration packages never import each other; the component passes values between them. */
class PagerDutyIsolationTest {

    private static final JavaClasses PAGERDUTY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.readyservice.pagerduty");

    @Test
    void pagerDutyImportsNoOtherReadyServicePackageButTheSharedModel() {
        noClasses().that().resideInAPackage("dev.readyservice.pagerduty..")
                .should().dependOnClassesThat(resideInAPackage("dev.readyservice..")
                        .and(resideOutsideOfPackage("dev.readyservice.pagerduty.."))
                        .and(resideOutsideOfPackage("dev.readyservice.model")))
                .check(PAGERDUTY);
    }
}
