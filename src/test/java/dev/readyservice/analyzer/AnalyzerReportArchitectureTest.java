package dev.readyservice.analyzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The import rules of DESIGN.md for the analyzer and report packages. */
class AnalyzerReportArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.readyservice");

    @Test
    void analyzerAndReportKnowNothingOfTheComponentOrTheIntegrations() {
        noClasses().that().resideInAnyPackage("dev.readyservice.analyzer..", "dev.readyservice.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.readyservice.component..", "dev.readyservice.azure..",
                        "dev.readyservice.datadog..", "dev.readyservice.pagerduty..", "dev.readyservice.app..", "dev.readyservice.cli..",
                        "com.pulumi.azurenative..")
                .check(MAIN);
    }

    @Test
    void onlyTheAnalyzerPackageIsAnAnalyzerClient() {
        noClasses().that().resideOutsideOfPackage("dev.readyservice.analyzer..")
                .should().dependOnClassesThat().haveNameMatching("pulumirpc\\.AnalyzerGrpc(\\$Analyzer(Blocking|Future)?Stub)?")
                .check(MAIN);
    }

    @Test
    void theReportSpeaksNoGrpc() {
        noClasses().that().resideInAPackage("dev.readyservice.report..")
                .should().dependOnClassesThat().resideInAnyPackage("pulumirpc..", "io.grpc..", "com.google.protobuf..")
                .check(MAIN);
    }
}
