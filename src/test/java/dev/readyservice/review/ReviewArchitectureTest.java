package dev.readyservice.review;

import static dev.readyservice.architecture.ImportRule.classesIn;
import static dev.readyservice.architecture.ImportRule.classesOutside;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.readyservice.architecture.MainClasses;
import org.junit.jupiter.api.Test;

/** The review runs any Pulumi program, and only its engine package speaks the engine's gRPC. */
class ReviewArchitectureTest {
    private static final JavaClasses REVIEW = MainClasses.in("dev.readyservice.review");

    @Test
    void knowsNothingOfTheComponentOrTheClouds() {
        classesIn("dev.readyservice.review..").useNothingIn("dev.readyservice.component..", "dev.readyservice.azure..",
                "dev.readyservice.datadog..", "dev.readyservice.pagerduty..", "dev.readyservice.app..", "dev.readyservice.analyzer..",
                "dev.readyservice.evidence..", "dev.readyservice.report..", "dev.readyservice.cli..", "com.pulumi.azurenative..").check(REVIEW);
    }

    @Test
    void onlyTheEnginePackageTouchesTheEngineGrpc() {
        classesOutside("dev.readyservice.review.engine..").useNothingIn("pulumirpc..", "io.grpc..").check(REVIEW);
    }
}
