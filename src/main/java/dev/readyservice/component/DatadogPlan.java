package dev.readyservice.component;

import dev.readyservice.datadog.DatadogComponent;
import java.util.LinkedHashSet;
import java.util.Set;

/** Maps a validated spec to the Datadog factories' inputs. */
final class DatadogPlan {
    /**
     * Traffic below this share of the planned peak counts as lost traffic. One percent keeps a
     * quiet night above the floor while a broken ingress (traffic near zero) still alerts.
     */
    static final double TRAFFIC_FLOOR_SHARE_OF_PEAK = 0.01;

    private DatadogPlan() {
    }

    static DatadogComponent of(ReadyServiceArgs spec, ComponentSpec c, AzureNaming names) {
        return of(spec, c, names.resourceGroup(), names.webApp(c.name()), names.plan(c.name()));
    }

    /** The component watched on the given Azure resources (names as Datadog's Azure integration tags them). */
    static DatadogComponent of(ReadyServiceArgs spec, ComponentSpec c, String resourceGroup, String webAppName, String planName) {
        ProductSpec p = spec.product();
        Set<String> pageOutOfHours = new LinkedHashSet<>(spec.paging().pageOutOfHours());
        double floorPerMinute = Math.max(1.0, c.capacity().plannedPeakRps() * 60 * TRAFFIC_FLOOR_SHARE_OF_PEAK);
        return new DatadogComponent(p.name(), c.name(), c.kind(), p.environment(), c.customerFacing(), p.team(),
                c.availabilityTarget(), c.latencyThresholdMillis(), c.latencyPercentile(), c.sloTimeframe(),
                p.playbookBaseUrl(), p.docsUrl(), PagerDutyPlan.serviceName(p, c), PagerDutyPlan.serviceUrl(p, c),
                pageOutOfHours, floorPerMinute, resourceGroup, webAppName, planName);
    }
}
