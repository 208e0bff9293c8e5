package dev.readyservice.datadog;

import static dev.readyservice.datadog.MockRun.NO_OPTIONS;

import com.pulumi.core.Output;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.ArrayList;
import java.util.List;

/** Registers everything the package can create, for tests that check all values at once. */
public final class SchemaFixtures {

    private SchemaFixtures() {}

    /** @return every registration for a customer-facing api, a worker, a dashboard and a PagerDuty link */
    public static List<RecordingMocks.Registration> everythingRegistered() {
        var mocks = MockRun.run(ctx -> {
            var api = TestComponents.api();
            var worker = TestComponents.withRouting(TestComponents.worker(), true, java.util.Set.of(dev.readyservice.model.AlertClass.ERRORS, dev.readyservice.model.AlertClass.TRAFFIC));
            var apiResources = ComponentMonitoring.create("checkout-api", api, BurnRateAlerts.OverLimit.REFUSE, NO_OPTIONS);
            var workerResources = ComponentMonitoring.create("checkout-jobs", worker, BurnRateAlerts.OverLimit.CLAMP, NO_OPTIONS);
            List<ServiceLevelObjectives.Slo> slos = new ArrayList<>(apiResources.sloList());
            slos.addAll(workerResources.sloList());
            ProductDashboard.create("checkout", "checkout", "prod", List.of(api, worker), slos, NO_OPTIONS);
            PagerDutyLink.create("checkout-api", "checkout-api", Output.of("key"), NO_OPTIONS);
        });
        return mocks.registrations();
    }
}
