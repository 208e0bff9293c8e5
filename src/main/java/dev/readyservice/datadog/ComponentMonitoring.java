package dev.readyservice.datadog;

import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.bindings.Monitor;
import dev.readyservice.datadog.bindings.ServiceDefinitionYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything Datadog holds for one component, in one call: the eight golden-signal monitors,
 * the service-catalog entry and, for a customer-facing component, the availability and latency
 * SLOs with three burn-rate alerts each. The product dashboard and the PagerDuty link are
 * separate ({@link ProductDashboard}, {@link PagerDutyLink}) because they span components or
 * need a value from the PagerDuty part.
 */
public final class ComponentMonitoring {

    private ComponentMonitoring() {}

    /**
     * The resources created for one component.
     *
     * @param goldenSignals the golden-signal monitors
     * @param slos the SLOs; empty for a component that is not customer-facing
     * @param burnRateAlerts the burn-rate alerts of all SLOs (fast, medium, slow per SLO)
     * @param serviceDefinition the service-catalog entry
     */
    public record Created(GoldenSignalMonitors.Created goldenSignals, Optional<ServiceLevelObjectives.Created> slos,
            List<Monitor> burnRateAlerts, ServiceDefinitionYaml serviceDefinition) {

        /** @return every monitor: golden signals then burn-rate alerts */
        public List<Monitor> monitors() {
            List<Monitor> all = new ArrayList<>(goldenSignals.all());
            all.addAll(burnRateAlerts);
            return List.copyOf(all);
        }

        /** @return the SLOs, availability then latency; empty when none */
        public List<ServiceLevelObjectives.Slo> sloList() {
            return slos.map(s -> List.of(s.availability(), s.latency())).orElse(List.of());
        }
    }

    /**
     * @param prefix resource name prefix, e.g. {@code checkout-api}
     * @param c the component
     * @param overLimit what to do with a burn rate the SLO target does not allow
     * @param options options for every resource, typically {@code parent}
     * @return the resources
     */
    public static Created create(String prefix, DatadogComponent c, BurnRateAlerts.OverLimit overLimit,
            CustomResourceOptions options) {
        var goldenSignals = GoldenSignalMonitors.create(prefix, c, options);
        Optional<ServiceLevelObjectives.Created> slos = Optional.empty();
        List<Monitor> burnRateAlerts = new ArrayList<>();
        if (c.customerFacing()) {
            var created = ServiceLevelObjectives.create(prefix, c, options);
            slos = Optional.of(created);
            burnRateAlerts.addAll(BurnRateAlerts.create(prefix, c, created.availability(), overLimit, options));
            burnRateAlerts.addAll(BurnRateAlerts.create(prefix, c, created.latency(), overLimit, options));
        }
        var serviceDefinition = ServiceCatalogEntries.create(prefix, c, options);
        return new Created(goldenSignals, slos, List.copyOf(burnRateAlerts), serviceDefinition);
    }
}
