package dev.readyservice.datadog;

import static dev.readyservice.architecture.ImportRule.classesIn;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.readyservice.architecture.MainClasses;
import org.junit.jupiter.api.Test;

/** DESIGN.md: integration packages never import each other (only the shared model); callers pass plain values in. */
class PackageDependenciesTest {

    private static final JavaClasses DATADOG = MainClasses.in("dev.readyservice.datadog");

    @Test
    void datadogImportsNoOtherReadyServicePackageButTheSharedModel() {
        MainClasses.importsNoOtherPartButTheSharedModel("dev.readyservice.datadog")
                .check(DATADOG);
    }

    @Test
    void bindingsDoNotDependOnTheFactories() {
        classesIn("dev.readyservice.datadog.bindings..").useNothingIn("dev.readyservice.datadog").check(DATADOG);
    }
}
