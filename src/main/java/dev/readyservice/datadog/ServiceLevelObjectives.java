package dev.readyservice.datadog;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.bindings.ServiceLevelObjective;
import dev.readyservice.datadog.bindings.ServiceLevelObjectiveArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveQueryArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveThresholdArgs;
import dev.readyservice.model.AlertClass;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.ComputeType;
import dev.readyservice.model.DecimalText;

/**
 * Creates the two SLOs of a customer-facing component.
 *
 * <ul>
 *   <li>Availability ({@code type: metric}): good events over total events over the same filter;
 *       good is HTTP 2xx + 3xx for web apps, hits − errors for workers.</li>
 *   <li>Latency ({@code type: time_slice}): the share of one-minute slices whose latency stays at
 *       or under {@code latencyThresholdMillis}, with the same target as availability.</li>
 * </ul>
 * Whether a component gets SLOs at all (customer-facing ones do) is the caller's decision.
 */
public final class ServiceLevelObjectives {

    /** Slice length of the latency SLO; one minute matches Azure's metric resolution. */
    static final int LATENCY_SLICE_SECONDS = 60;

    private ServiceLevelObjectives() {}

    /**
     * One created SLO and what burn-rate alerts need to know about it.
     *
     * @param resource the SLO
     * @param name its Datadog display name (used in the {@code slo:} tag of its alerts)
     * @param sli {@code availability} or {@code latency}
     * @param alertClass the alert class of its burn-rate alerts
     */
    public record Slo(ServiceLevelObjective resource, String name, String sli, AlertClass alertClass) {
        /** @return the SLO id, known only after creation */
        public Output<String> id() {
            return resource.id();
        }
    }

    /**
     * The SLOs of one component.
     *
     * @param availability the availability SLO
     * @param latency the latency SLO
     */
    public record Created(Slo availability, Slo latency) {}

    /**
     * Registers {@code <prefix>-availability-slo} and {@code <prefix>-latency-slo}.
     *
     * @param prefix resource name prefix
     * @param c the component
     * @param options options for both SLOs, typically {@code parent}
     * @return the SLOs
     */
    public static Created create(String prefix, DatadogComponent c, CustomResourceOptions options) {
        String availabilityName = c.serviceName() + "-availability";
        String latencyName = c.serviceName() + "-latency";
        var availability = new ServiceLevelObjective(prefix + "-availability-slo", availabilityArgs(c, availabilityName), options);
        var latency = new ServiceLevelObjective(prefix + "-latency-slo", latencyArgs(c, latencyName), options);
        return new Created(
                new Slo(availability, availabilityName, "availability", AlertClass.AVAILABILITY_BURN),
                new Slo(latency, latencyName, "latency", AlertClass.LATENCY_BURN));
    }

    static ServiceLevelObjectiveArgs availabilityArgs(DatadogComponent c, String name) {
        String good = c.kind() == ComponentKind.WORKER ? "jobs that succeed"
                : c.computeType() == ComputeType.CONTAINER_APP ? "requests not answered 5xx" : "requests answered 2xx or 3xx";
        return ServiceLevelObjectiveArgs.builder()
                .name(name)
                .type("metric")
                .description(DecimalText.of(c.availabilityTarget()) + "% of " + c.serviceName() + " " + good
                        + " over " + c.sloTimeframe().wireValue() + ".")
                .query(ServiceLevelObjectiveQueryArgs.builder()
                        .numerator(GoldenSignalQueries.goodCount(c))
                        .denominator(GoldenSignalQueries.totalCount(c))
                        .build())
                .thresholds(threshold(c))
                .tags(DatadogTags.slo(c, "availability"))
                .build();
    }

    static ServiceLevelObjectiveArgs latencyArgs(DatadogComponent c, String name) {
        double seconds = c.latencyThresholdMillis() / 1000.0;
        var metricQuery = ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs.builder()
                .name("query1")
                .query(GoldenSignalQueries.latencyMetric(c))
                .dataSource("metrics")
                .build();
        var timeSlice = ServiceLevelObjectiveSliSpecificationTimeSliceArgs.builder()
                .comparator("<=")
                .threshold(seconds)
                .queryIntervalSeconds(LATENCY_SLICE_SECONDS)
                .query(ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs.builder()
                        .formula(ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs.builder()
                                .formulaExpression("query1")
                                .build())
                        .queries(ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs.builder()
                                .metricQuery(metricQuery)
                                .build())
                        .build())
                .build();
        return ServiceLevelObjectiveArgs.builder()
                .name(name)
                .type("time_slice")
                .description(DecimalText.of(c.availabilityTarget()) + "% of minutes with " + c.serviceName()
                        + " latency at or under " + c.latencyThresholdMillis() + " ms over " + c.sloTimeframe().wireValue() + ".")
                .sliSpecification(ServiceLevelObjectiveSliSpecificationArgs.builder().timeSlice(timeSlice).build())
                .thresholds(threshold(c))
                .tags(DatadogTags.slo(c, "latency"))
                .build();
    }

    private static ServiceLevelObjectiveThresholdArgs threshold(DatadogComponent c) {
        return ServiceLevelObjectiveThresholdArgs.builder()
                .timeframe(c.sloTimeframe().wireValue())
                .target(c.availabilityTarget())
                .build();
    }
}
