package dev.readyservice.pagerduty;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.readyservice.architecture.MainClasses;
import org.junit.jupiter.api.Test;

/** DESIGN.md: integration packages never import each other; the component passes values between them. */
class PagerDutyIsolationTest {

    private static final JavaClasses PAGERDUTY = MainClasses.in("dev.readyservice.pagerduty");

    @Test
    void pagerDutyImportsNoOtherReadyServicePackageButTheSharedModel() {
        MainClasses.importsNoOtherPartButTheSharedModel("dev.readyservice.pagerduty")
                .check(PAGERDUTY);
    }
}
