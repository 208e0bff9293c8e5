package dev.readyservice.datadog;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.ComputeType;
import dev.readyservice.model.Environment;
import dev.readyservice.model.SloTimeframe;
import java.util.Set;

/**
 * Everything the Datadog factories need to know about one component of a product, already judged
 * and resolved by the caller: the {@code ReadyService} component builds it from a spec that
 * {@code SpecValidator} accepted, the one place a spec value is judged. The closed choices (kind,
 * environment, timeframe, the classes that page out of hours) are typed, so no other value can
 * reach the factories. Build one with {@link #builder()}.
 *
 * @param product product name, e.g. {@code checkout}
 * @param component component name, e.g. {@code api}
 * @param kind decides which metrics are watched
 * @param environment becomes the {@code env:} tag
 * @param customerFacing whether customers use this component directly; only customer-facing
 *     components get SLOs and may page out of hours
 * @param team owning team's Datadog team handle (without {@code @team-}); it is notified when a
 *     business-hours monitor goes critical
 * @param availabilityTarget availability SLO target in percent, e.g. 99.9
 * @param latencyThresholdMillis latency above which a request or job is slow, milliseconds
 * @param latencyPercentile percentile of worker job latency the latency monitor and SLO watch,
 *     e.g. 95 or 99.9 (web apps: Azure only reports the average)
 * @param sloTimeframe the SLO window
 * @param playbookBaseUrl URL playbooks live under; each alert links
 *     {@code <playbookBaseUrl>/<alert class>.md}; no trailing slash needed
 * @param docsUrl URL of the component's technical documentation, linked from the service catalog
 * @param pagerDutyServiceName PagerDuty service name, {@code <product>-<component>} (the evidence
 *     conventions); monitors notify {@code @pagerduty-<pagerDutyServiceName>}
 * @param pagerDutyServiceUrl web URL of that PagerDuty service, linked from the service catalog
 * @param pageOutOfHours golden-signal alert classes whose threshold monitors may page out of hours
 *     when the component is customer-facing; every other golden-signal monitor waits for business hours
 * @param trafficFloorPerMinute requests (or jobs) per minute below which traffic counts as lost;
 *     the traffic monitor warns or alerts under it
 * @param azureResourceGroup Azure resource group holding the app and its plan
 * @param azureAppName Azure name of the web, function or container app; may be empty for a worker
 * @param azurePlanName Azure App Service plan name; its CPU is the saturation signal of a web or
 *     function app (null for a container app, which has no plan)
 * @param computeType what the app is: decides which Azure metrics are watched (unset: a web app)
 * @param latencyOperation the APM operation of the component's request spans, e.g.
 *     {@code aspnet_core.request}: the latency of a container app (whose Azure metrics have no
 *     response time) is {@code trace.<operation>}; null for the other compute types
 * @param instanceMemoryMb one instance's memory in MB of a function app on a plan the platform
 *     scales (Consumption, Elastic Premium, Flex Consumption): its saturation is the app's memory
 *     working set as a percentage of it, since no plan metrics reach Datadog from a Consumption or
 *     Flex Consumption plan; null for every other app (its saturation is its plan's or its own CPU)
 */
public record DatadogComponent(
        String product,
        String component,
        ComponentKind kind,
        Environment environment,
        boolean customerFacing,
        String team,
        double availabilityTarget,
        long latencyThresholdMillis,
        double latencyPercentile,
        SloTimeframe sloTimeframe,
        String playbookBaseUrl,
        String docsUrl,
        String pagerDutyServiceName,
        String pagerDutyServiceUrl,
        Set<AlertClass> pageOutOfHours,
        double trafficFloorPerMinute,
        String azureResourceGroup,
        String azureAppName,
        String azurePlanName,
        ComputeType computeType,
        String latencyOperation,
        Integer instanceMemoryMb) {

    public DatadogComponent {
        pageOutOfHours = Set.copyOf(pageOutOfHours);
        computeType = computeType == null ? ComputeType.WEB_APP : computeType;
        // The one value no default can stand for: without it the latency query would watch no metric.
        if (computeType == ComputeType.CONTAINER_APP && kind != ComponentKind.WORKER && (latencyOperation == null || latencyOperation.isBlank())) {
            throw new IllegalArgumentException("component " + component + " runs on a container app, whose Azure metrics have no response time: "
                    + "give latencyOperation, the APM operation of its request spans (e.g. aspnet_core.request)");
        }
        if (instanceMemoryMb != null && (computeType != ComputeType.FUNCTION_APP || instanceMemoryMb <= 0)) {
            throw new IllegalArgumentException("component " + component + ": instanceMemoryMb " + instanceMemoryMb
                    + " is only for a function app on a plan the platform scales, and more than 0 MB");
        }
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this component's values, to change some of them */
    public Builder toBuilder() {
        return new Builder().product(product).component(component).kind(kind).environment(environment)
                .customerFacing(customerFacing).team(team).availabilityTarget(availabilityTarget)
                .latencyThresholdMillis(latencyThresholdMillis).latencyPercentile(latencyPercentile).sloTimeframe(sloTimeframe)
                .playbookBaseUrl(playbookBaseUrl).docsUrl(docsUrl).pagerDutyServiceName(pagerDutyServiceName)
                .pagerDutyServiceUrl(pagerDutyServiceUrl).pageOutOfHours(pageOutOfHours).trafficFloorPerMinute(trafficFloorPerMinute)
                .azureResourceGroup(azureResourceGroup).azureAppName(azureAppName).azurePlanName(azurePlanName)
                .computeType(computeType).latencyOperation(latencyOperation).instanceMemoryMb(instanceMemoryMb);
    }

    /** @return the Datadog service name, {@code <product>-<component>} */
    public String serviceName() {
        return product + "-" + component;
    }

    /** @return the {@code criticality} tag value: {@code customer-facing} or {@code internal} */
    public String criticality() {
        return customerFacing ? "customer-facing" : "internal";
    }

    /** @return the playbook URL of one alert class */
    public String playbookUrl(AlertClass alertClass) {
        String base = playbookBaseUrl.endsWith("/") ? playbookBaseUrl.substring(0, playbookBaseUrl.length() - 1) : playbookBaseUrl;
        return base + "/" + alertClass.id() + ".md";
    }

    /** Builds a {@link DatadogComponent}, one named value at a time instead of twenty-one in a row. */
    public static final class Builder {
        private String product;
        private String component;
        private ComponentKind kind;
        private Environment environment;
        private boolean customerFacing;
        private String team;
        private double availabilityTarget;
        private long latencyThresholdMillis;
        private double latencyPercentile;
        private SloTimeframe sloTimeframe;
        private String playbookBaseUrl;
        private String docsUrl;
        private String pagerDutyServiceName;
        private String pagerDutyServiceUrl;
        private Set<AlertClass> pageOutOfHours = Set.of();
        private double trafficFloorPerMinute;
        private String azureResourceGroup;
        private String azureAppName;
        private String azurePlanName;
        private ComputeType computeType = ComputeType.WEB_APP;
        private String latencyOperation;
        private Integer instanceMemoryMb;

        private Builder() {
        }

        public Builder product(String value) {
            this.product = value;
            return this;
        }

        public Builder component(String value) {
            this.component = value;
            return this;
        }

        public Builder kind(ComponentKind value) {
            this.kind = value;
            return this;
        }

        public Builder environment(Environment value) {
            this.environment = value;
            return this;
        }

        public Builder customerFacing(boolean value) {
            this.customerFacing = value;
            return this;
        }

        public Builder team(String value) {
            this.team = value;
            return this;
        }

        public Builder availabilityTarget(double percent) {
            this.availabilityTarget = percent;
            return this;
        }

        public Builder latencyThresholdMillis(long value) {
            this.latencyThresholdMillis = value;
            return this;
        }

        public Builder latencyPercentile(double value) {
            this.latencyPercentile = value;
            return this;
        }

        public Builder sloTimeframe(SloTimeframe value) {
            this.sloTimeframe = value;
            return this;
        }

        public Builder playbookBaseUrl(String value) {
            this.playbookBaseUrl = value;
            return this;
        }

        public Builder docsUrl(String value) {
            this.docsUrl = value;
            return this;
        }

        public Builder pagerDutyServiceName(String value) {
            this.pagerDutyServiceName = value;
            return this;
        }

        public Builder pagerDutyServiceUrl(String value) {
            this.pagerDutyServiceUrl = value;
            return this;
        }

        public Builder pageOutOfHours(Set<AlertClass> value) {
            this.pageOutOfHours = value;
            return this;
        }

        public Builder trafficFloorPerMinute(double value) {
            this.trafficFloorPerMinute = value;
            return this;
        }

        public Builder azureResourceGroup(String value) {
            this.azureResourceGroup = value;
            return this;
        }

        public Builder azureAppName(String value) {
            this.azureAppName = value;
            return this;
        }

        public Builder azurePlanName(String value) {
            this.azurePlanName = value;
            return this;
        }

        public Builder computeType(ComputeType value) {
            this.computeType = value;
            return this;
        }

        public Builder latencyOperation(String value) {
            this.latencyOperation = value;
            return this;
        }

        public Builder instanceMemoryMb(Integer value) {
            this.instanceMemoryMb = value;
            return this;
        }

        public DatadogComponent build() {
            return new DatadogComponent(product, component, kind, environment, customerFacing, team, availabilityTarget,
                    latencyThresholdMillis, latencyPercentile, sloTimeframe, playbookBaseUrl, docsUrl, pagerDutyServiceName,
                    pagerDutyServiceUrl, pageOutOfHours, trafficFloorPerMinute, azureResourceGroup, azureAppName, azurePlanName,
                    computeType, latencyOperation, instanceMemoryMb);
        }
    }
}
