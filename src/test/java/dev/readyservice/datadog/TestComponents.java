package dev.readyservice.datadog;

import java.util.Set;

/** Valid components to start tests from; each test changes only what it is about. */
final class TestComponents {

    private TestComponents() {}

    static DatadogComponent api() {
        return new DatadogComponent("checkout", "api", "api", "prod", true, "payments", 99.9, 500, 95, "30d",
                "https://runbooks.example.com/checkout/api", "https://docs.example.com/checkout/api", "checkout-api",
                "https://example.pagerduty.com/service-directory/PABC123", Set.of("latency", "errors"), 10,
                "RG-Checkout-Prod", "Checkout-Api-Prod", "checkout-plan-prod");
    }

    static DatadogComponent worker() {
        return new DatadogComponent("checkout", "jobs", "worker", "prod", false, "payments", 99.5, 2000, 99.9, "30d",
                "https://runbooks.example.com/checkout/jobs", "https://docs.example.com/checkout/jobs", "checkout-jobs",
                "https://example.pagerduty.com/service-directory/PJOB456", Set.of("errors"), 1,
                "rg-checkout-prod", "", "checkout-plan-prod");
    }

    static DatadogComponent withTarget(DatadogComponent c, double target, String timeframe) {
        return new DatadogComponent(c.product(), c.component(), c.kind(), c.environment(), c.customerFacing(), c.team(),
                target, c.latencyThresholdMillis(), c.latencyPercentile(), timeframe, c.playbookBaseUrl(), c.docsUrl(),
                c.pagerDutyServiceName(), c.pagerDutyServiceUrl(), c.pageOutOfHours(), c.trafficFloorPerMinute(),
                c.azureResourceGroup(), c.azureAppName(), c.azurePlanName());
    }

    static DatadogComponent withRouting(DatadogComponent c, boolean customerFacing, Set<String> pageOutOfHours) {
        return new DatadogComponent(c.product(), c.component(), c.kind(), c.environment(), customerFacing, c.team(),
                c.availabilityTargetPercent(), c.latencyThresholdMillis(), c.latencyPercentile(), c.sloTimeframe(),
                c.playbookBaseUrl(), c.docsUrl(), c.pagerDutyServiceName(), c.pagerDutyServiceUrl(), pageOutOfHours,
                c.trafficFloorPerMinute(), c.azureResourceGroup(), c.azureAppName(), c.azurePlanName());
    }
}
