package dev.readyservice.component;

import dev.readyservice.datadog.DatadogComponent;
import dev.readyservice.model.AlertClass;
import dev.readyservice.model.SloTimeframe;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps a spec {@link SpecValidator} accepted to the Datadog factories' inputs. */
final class DatadogPlan {
    /**
     * Traffic below this share of the planned peak counts as lost traffic. One percent keeps a
     * quiet night above the floor while a broken ingress (traffic near zero) still alerts.
     */
    static final double TRAFFIC_FLOOR_SHARE_OF_PEAK = 0.01;

    private DatadogPlan() {
    }

    static DatadogComponent of(ReadyServiceArgs spec, ComponentSpec c, AzureNaming names) {
        return builder(spec, c).azureResourceGroup(names.resourceGroup()).azureAppName(names.webApp(c.name()))
                .azurePlanName(names.plan(c.name())).build();
    }

    /** The component watched on the compute the team gave (names as Datadog's Azure integration tags them). */
    static DatadogComponent of(ReadyServiceArgs spec, ComponentSpec c, ExistingCompute compute) {
        return builder(spec, c).azureResourceGroup(compute.resourceGroup()).azureAppName(compute.appName())
                .azurePlanName(compute.planName()).computeType(compute.type()).latencyOperation(compute.latencyOperation())
                .instanceMemoryMb(compute.instanceMemoryMb()).build();
    }

    private static DatadogComponent.Builder builder(ReadyServiceArgs spec, ComponentSpec c) {
        ProductSpec p = spec.product();
        Set<AlertClass> pageOutOfHours = spec.paging().pageOutOfHours().stream()
                .map(name -> AlertClass.parseGoldenSignal(name).orElseThrow()).collect(Collectors.toUnmodifiableSet());
        return DatadogComponent.builder()
                .product(p.name()).component(c.name()).kind(c.componentKind()).environment(p.env())
                .customerFacing(c.customerFacing()).team(p.team())
                .availabilityTarget(c.availabilityTarget())
                .latencyThresholdMillis(c.latencyThresholdMillis()).latencyPercentile(c.latencyPercentile())
                .sloTimeframe(SloTimeframe.fromWireValue(c.sloTimeframe()).orElseThrow())
                .playbookBaseUrl(p.playbookBaseUrl()).docsUrl(p.docsUrl())
                .pagerDutyServiceName(PagerDutyPlan.serviceName(p, c)).pagerDutyServiceUrl(PagerDutyPlan.serviceUrl(p, c))
                .pageOutOfHours(pageOutOfHours)
                .trafficFloorPerMinute(Math.max(1.0, c.capacity().plannedPeakRps() * 60 * TRAFFIC_FLOOR_SHARE_OF_PEAK));
    }
}
