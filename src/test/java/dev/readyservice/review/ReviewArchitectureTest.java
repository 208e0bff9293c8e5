package dev.readyservice.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.readyservice.architecture.MainClasses;
import org.junit.jupiter.api.Test;

/** The review runs any Pulumi program, and only its engine package speaks the engine's gRPC. */
class ReviewArchitectureTest {
    private static final JavaClasses REVIEW = MainClasses.in("dev.readyservice.review");

    @Test
    void knowsNothingOfTheComponentOrTheClouds() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "dev.readyservice.component..", "dev.readyservice.azure..", "dev.readyservice.datadog..",
                "dev.readyservice.pagerduty..", "dev.readyservice.app..", "dev.readyservice.analyzer..",
                "dev.readyservice.evidence..", "dev.readyservice.report..", "dev.readyservice.cli..", "com.pulumi.azurenative..")
                .check(REVIEW);
    }

    @Test
    void onlyTheEnginePackageTouchesTheEngineGrpc() {
        noClasses().that().resideOutsideOfPackage("dev.readyservice.review.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("pulumirpc..", "io.grpc..")
                .check(REVIEW);
    }
}
