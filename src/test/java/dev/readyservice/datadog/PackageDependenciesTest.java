package dev.readyservice.datadog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md: integration packages never import each other (only the shared model); callers pass plain values in. */
class PackageDependenciesTest {

    private static final JavaClasses DATADOG = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.readyservice.datadog");

    @Test
    void datadogImportsNoOtherReadyServicePackageButTheSharedModel() {
        noClasses().that().resideInAPackage("dev.readyservice.datadog..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in another dev.readyservice package than the shared model",
                        c -> c.getPackageName().startsWith("dev.readyservice.")
                                && !c.getPackageName().startsWith("dev.readyservice.datadog")
                                && !c.getPackageName().equals("dev.readyservice.model")))
                .check(DATADOG);
    }

    @Test
    void bindingsDoNotDependOnTheFactories() {
        noClasses().that().resideInAPackage("dev.readyservice.datadog.bindings..")
                .should().dependOnClassesThat().resideInAPackage("dev.readyservice.datadog")
                .check(DATADOG);
    }
}
