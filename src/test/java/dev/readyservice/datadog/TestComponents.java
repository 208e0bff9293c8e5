package dev.readyservice.datadog;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.ComputeType;
import dev.readyservice.model.Environment;
import dev.readyservice.model.SloTimeframe;
import java.util.Set;

/** Valid components to start tests from; each test changes only what it is about. */
final class TestComponents {

    private TestComponents() {}

    static DatadogComponent api() {
        return DatadogComponent.builder().product("checkout").component("api").kind(ComponentKind.API).environment(Environment.PROD)
                .customerFacing(true).team("payments").availabilityTarget(99.9).latencyThresholdMillis(500).latencyPercentile(95)
                .sloTimeframe(SloTimeframe.DAYS_30).playbookBaseUrl("https://runbooks.example.com/checkout/api")
                .docsUrl("https://docs.example.com/checkout/api").pagerDutyServiceName("checkout-api")
                .pagerDutyServiceUrl("https://example.pagerduty.com/service-directory/PABC123")
                .pageOutOfHours(Set.of(AlertClass.LATENCY, AlertClass.ERRORS)).trafficFloorPerMinute(10)
                .azureResourceGroup("RG-Checkout-Prod").azureAppName("Checkout-Api-Prod").azurePlanName("checkout-plan-prod")
                .build();
    }

    static DatadogComponent worker() {
        return DatadogComponent.builder().product("checkout").component("jobs").kind(ComponentKind.WORKER).environment(Environment.PROD)
                .customerFacing(false).team("payments").availabilityTarget(99.5).latencyThresholdMillis(2000).latencyPercentile(99.9)
                .sloTimeframe(SloTimeframe.DAYS_30).playbookBaseUrl("https://runbooks.example.com/checkout/jobs")
                .docsUrl("https://docs.example.com/checkout/jobs").pagerDutyServiceName("checkout-jobs")
                .pagerDutyServiceUrl("https://example.pagerduty.com/service-directory/PJOB456")
                .pageOutOfHours(Set.of(AlertClass.ERRORS)).trafficFloorPerMinute(1)
                .azureResourceGroup("rg-checkout-prod").azureAppName("").azurePlanName("checkout-plan-prod")
                .build();
    }

    /** The api on a function app and its plan. */
    static DatadogComponent functionApp() {
        return api().toBuilder().computeType(ComputeType.FUNCTION_APP).azureAppName("Checkout-Func-Prod").build();
    }

    /** The api on a container app (no plan), its request spans ASP.NET Core's. */
    static DatadogComponent containerApp() {
        return api().toBuilder().computeType(ComputeType.CONTAINER_APP).azureAppName("Checkout-Aca-Prod").azurePlanName(null)
                .latencyOperation("aspnet_core.request").build();
    }

    static DatadogComponent withTarget(DatadogComponent c, double target, SloTimeframe timeframe) {
        return c.toBuilder().availabilityTarget(target).sloTimeframe(timeframe).build();
    }

    static DatadogComponent withRouting(DatadogComponent c, boolean customerFacing, Set<AlertClass> pageOutOfHours) {
        return c.toBuilder().customerFacing(customerFacing).pageOutOfHours(pageOutOfHours).build();
    }
}
