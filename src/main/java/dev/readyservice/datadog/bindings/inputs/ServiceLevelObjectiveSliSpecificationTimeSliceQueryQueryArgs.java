package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;
import java.util.Optional;

/**
 * One query of a time-slice SLI.
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceLevelObjectiveSliSpecificationTimeSliceQueryQuery} (plugin 5.8.0).
 */
public final class ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs extends ResourceArgs {

    /** The metric query */
    @Import(name = "metricQuery", required = false)
    private Output<ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs> metricQuery;

    /**
     * @return the metric query; empty when unset
     */
    public Optional<Output<ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs>> metricQuery() {
        return Optional.ofNullable(this.metricQuery);
    }

    private ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs() {}

    private ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs(ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs defaults) {
        this.metricQuery = defaults.metricQuery;
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults the values to start from
     * @return a new builder holding a copy of {@code defaults}
     */
    public static Builder builder(ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs defaults) {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param metricQuery the metric query
         * @return this builder
         */
        public Builder metricQuery(Output<ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs> metricQuery) {
            $.metricQuery = metricQuery;
            return this;
        }

        /**
         * @param metricQuery the metric query
         * @return this builder
         */
        public Builder metricQuery(ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs metricQuery) {
            return metricQuery(Output.of(metricQuery));
        }

        /**
         * @return the args
         */
        public ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs build() {
            return $;
        }
    }
}
