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
        return checkoutProd("api", ComponentKind.API, "PABC123")
                .customerFacing(true).availabilityTarget(99.9).latencyThresholdMillis(500).latencyPercentile(95)
                .pageOutOfHours(Set.of(AlertClass.LATENCY, AlertClass.ERRORS)).trafficFloorPerMinute(10)
                .azureResourceGroup("RG-Checkout-Prod").azureAppName("Checkout-Api-Prod")
                .build();
    }

    static DatadogComponent worker() {
        return checkoutProd("jobs", ComponentKind.WORKER, "PJOB456")
                .customerFacing(false).availabilityTarget(99.5).latencyThresholdMillis(2000).latencyPercentile(99.9)
                .pageOutOfHours(Set.of(AlertClass.ERRORS)).trafficFloorPerMinute(1)
                .azureResourceGroup("rg-checkout-prod").azureAppName("")
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

    /** What every component of the checkout product in prod shares; its links and service are named after it. */
    private static DatadogComponent.Builder checkoutProd(String component, ComponentKind kind, String pagerDutyServiceId) {
        return DatadogComponent.builder().product("checkout").component(component).kind(kind).environment(Environment.PROD)
                .team("payments").sloTimeframe(SloTimeframe.DAYS_30).azurePlanName("checkout-plan-prod")
                .playbookBaseUrl("https://runbooks.example.com/checkout/" + component)
                .docsUrl("https://docs.example.com/checkout/" + component).pagerDutyServiceName("checkout-" + component)
                .pagerDutyServiceUrl("https://example.pagerduty.com/service-directory/" + pagerDutyServiceId);
    }

    static DatadogComponent withTarget(DatadogComponent c, double target, SloTimeframe timeframe) {
        return c.toBuilder().availabilityTarget(target).sloTimeframe(timeframe).build();
    }

    static DatadogComponent withRouting(DatadogComponent c, boolean customerFacing, Set<AlertClass> pageOutOfHours) {
        return c.toBuilder().customerFacing(customerFacing).pageOutOfHours(pageOutOfHours).build();
    }
}
