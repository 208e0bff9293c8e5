package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;
import java.util.Optional;

/**
 * A named metric query used by a time-slice formula.
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQuery} (plugin 5.8.0).
 */
public final class ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs extends ResourceArgs {

    /** Data source; Datadog uses {@code metrics} when unset */
    @Import(name = "dataSource", required = false)
    private Output<String> dataSource;

    /** Name the formula refers to, e.g. {@code query1} */
    @Import(name = "name", required = true)
    private Output<String> name;

    /** Metric query, e.g. {@code p95:trace.worker.job{service:a}} */
    @Import(name = "query", required = true)
    private Output<String> query;

    /**
     * @return data source; Datadog uses {@code metrics} when unset; empty when unset
     */
    public Optional<Output<String>> dataSource() {
        return Optional.ofNullable(this.dataSource);
    }

    /**
     * @return name the formula refers to, e.g. {@code query1}
     */
    public Output<String> name() {
        return this.name;
    }

    /**
     * @return metric query, e.g. {@code p95:trace.worker.job{service:a}}
     */
    public Output<String> query() {
        return this.query;
    }

    private ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs() {}

    private ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs(ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs defaults) {
        this.dataSource = defaults.dataSource;
        this.name = defaults.name;
        this.query = defaults.query;
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
    public static Builder builder(ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs defaults) {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param dataSource data source; Datadog uses {@code metrics} when unset
         * @return this builder
         */
        public Builder dataSource(Output<String> dataSource) {
            $.dataSource = dataSource;
            return this;
        }

        /**
         * @param dataSource data source; Datadog uses {@code metrics} when unset
         * @return this builder
         */
        public Builder dataSource(String dataSource) {
            return dataSource(Output.of(dataSource));
        }

        /**
         * @param name name the formula refers to, e.g. {@code query1}
         * @return this builder
         */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name name the formula refers to, e.g. {@code query1}
         * @return this builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param query metric query, e.g. {@code p95:trace.worker.job{service:a}}
         * @return this builder
         */
        public Builder query(Output<String> query) {
            $.query = query;
            return this;
        }

        /**
         * @param query metric query, e.g. {@code p95:trace.worker.job{service:a}}
         * @return this builder
         */
        public Builder query(String query) {
            return query(Output.of(query));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs", "name");
            }
            if ($.query == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs", "query");
            }
            return $;
        }
    }
}
