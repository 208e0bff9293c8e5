package dev.readyservice.analyzer;

import static dev.readyservice.architecture.ImportRule.classesIn;
import static dev.readyservice.architecture.ImportRule.classesOutside;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import rules of DESIGN.md for the analyzer, evidence and report packages. */
class AnalyzerReportArchitectureTest {
    private static JavaClasses main;
    private static boolean resolvedFromClassPath;

    /**
     * The rules look only at our own classes' dependencies, so the importer reads only our classes
     * (scanning the class path for the package, azure-native included, takes 20 s on a shared machine).
     */
    @BeforeAll
    static void importOurClasses() {
        resolvedFromClassPath = ArchConfiguration.get().resolveMissingDependenciesFromClassPath();
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        // Maven runs tests in the project folder; our main classes are all under target/classes.
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(java.nio.file.Path.of("target/classes"));
    }

    @AfterAll
    static void restoreConfiguration() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(resolvedFromClassPath);
    }

    @Test
    void analyzerAndReportKnowNothingOfTheComponentOrTheIntegrations() {
        classesIn("dev.readyservice.analyzer..", "dev.readyservice.evidence..", "dev.readyservice.report..")
                .useNothingIn("dev.readyservice.component..", "dev.readyservice.azure..", "dev.readyservice.datadog..",
                        "dev.readyservice.pagerduty..", "dev.readyservice.app..", "dev.readyservice.cli..", "com.pulumi.azurenative..")
                .check(main);
    }

    @Test
    void onlyTheAnalyzerPackageIsAnAnalyzerClient() {
        classesOutside("dev.readyservice.analyzer..").useNothingNamed("pulumirpc\\.AnalyzerGrpc(\\$Analyzer(Blocking|Future)?Stub)?")
                .check(main);
    }

    @Test
    void theReportSpeaksNoGrpc() {
        classesIn("dev.readyservice.evidence..", "dev.readyservice.report..").useNothingIn("pulumirpc..", "io.grpc..", "com.google.protobuf..")
                .check(main);
    }
}
