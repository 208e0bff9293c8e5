package dev.readyservice.azure;

import static dev.readyservice.architecture.ImportRule.classesIn;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.readyservice.architecture.MainClasses;
import org.junit.jupiter.api.Test;

/** The azure package stands alone: the component maps its spec onto our records, never the reverse. */
class AzurePackageBoundaryTest {

    private static final JavaClasses AZURE = MainClasses.in("dev.readyservice.azure");

    @Test
    void importsNoOtherReadyServicePackage() {
        classesIn("dev.readyservice.azure..").useNothingIn("dev.readyservice.component..", "dev.readyservice.datadog..",
                "dev.readyservice.pagerduty..", "dev.readyservice.review..", "dev.readyservice.analyzer..",
                "dev.readyservice.evidence..", "dev.readyservice.report..", "dev.readyservice.cli..", "dev.readyservice.app..").check(AZURE);
    }

    @Test
    void usesNoGrpcOrPulumiRpc() {
        classesIn("dev.readyservice.azure..").useNothingIn("pulumirpc..", "io.grpc..").check(AZURE);
    }
}
