package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;
import java.util.Optional;

/**
 * A time-slice SLI: a slice is good when the formula compares true against the threshold.
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceLevelObjectiveSliSpecificationTimeSlice} (plugin 5.8.0).
 */
public final class ServiceLevelObjectiveSliSpecificationTimeSliceArgs extends ResourceArgs {

    /** One of {@code >}, {@code >=}, {@code <}, {@code <=} */
    @Import(name = "comparator", required = true)
    private Output<String> comparator;

    /** Queries and formula */
    @Import(name = "query", required = true)
    private Output<ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs> query;

    /** Slice length, 60 or 300 seconds; Datadog uses 300 when unset */
    @Import(name = "queryIntervalSeconds", required = false)
    private Output<Integer> queryIntervalSeconds;

    /** Threshold the formula is compared with */
    @Import(name = "threshold", required = true)
    private Output<Double> threshold;

    /**
     * @return one of {@code >}, {@code >=}, {@code <}, {@code <=}
     */
    public Output<String> comparator() {
        return this.comparator;
    }

    /**
     * @return queries and formula
     */
    public Output<ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs> query() {
        return this.query;
    }

    /**
     * @return slice length, 60 or 300 seconds; Datadog uses 300 when unset; empty when unset
     */
    public Optional<Output<Integer>> queryIntervalSeconds() {
        return Optional.ofNullable(this.queryIntervalSeconds);
    }

    /**
     * @return threshold the formula is compared with
     */
    public Output<Double> threshold() {
        return this.threshold;
    }

    private ServiceLevelObjectiveSliSpecificationTimeSliceArgs() {}

    private ServiceLevelObjectiveSliSpecificationTimeSliceArgs(ServiceLevelObjectiveSliSpecificationTimeSliceArgs defaults) {
        this.comparator = defaults.comparator;
        this.query = defaults.query;
        this.queryIntervalSeconds = defaults.queryIntervalSeconds;
        this.threshold = defaults.threshold;
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
    public static Builder builder(ServiceLevelObjectiveSliSpecificationTimeSliceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceLevelObjectiveSliSpecificationTimeSliceArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceLevelObjectiveSliSpecificationTimeSliceArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceLevelObjectiveSliSpecificationTimeSliceArgs defaults) {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param comparator one of {@code >}, {@code >=}, {@code <}, {@code <=}
         * @return this builder
         */
        public Builder comparator(Output<String> comparator) {
            $.comparator = comparator;
            return this;
        }

        /**
         * @param comparator one of {@code >}, {@code >=}, {@code <}, {@code <=}
         * @return this builder
         */
        public Builder comparator(String comparator) {
            return comparator(Output.of(comparator));
        }

        /**
         * @param query queries and formula
         * @return this builder
         */
        public Builder query(Output<ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs> query) {
            $.query = query;
            return this;
        }

        /**
         * @param query queries and formula
         * @return this builder
         */
        public Builder query(ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs query) {
            return query(Output.of(query));
        }

        /**
         * @param queryIntervalSeconds slice length, 60 or 300 seconds; Datadog uses 300 when unset
         * @return this builder
         */
        public Builder queryIntervalSeconds(Output<Integer> queryIntervalSeconds) {
            $.queryIntervalSeconds = queryIntervalSeconds;
            return this;
        }

        /**
         * @param queryIntervalSeconds slice length, 60 or 300 seconds; Datadog uses 300 when unset
         * @return this builder
         */
        public Builder queryIntervalSeconds(Integer queryIntervalSeconds) {
            return queryIntervalSeconds(Output.of(queryIntervalSeconds));
        }

        /**
         * @param threshold threshold the formula is compared with
         * @return this builder
         */
        public Builder threshold(Output<Double> threshold) {
            $.threshold = threshold;
            return this;
        }

        /**
         * @param threshold threshold the formula is compared with
         * @return this builder
         */
        public Builder threshold(Double threshold) {
            return threshold(Output.of(threshold));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public ServiceLevelObjectiveSliSpecificationTimeSliceArgs build() {
            if ($.comparator == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveSliSpecificationTimeSliceArgs", "comparator");
            }
            if ($.query == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveSliSpecificationTimeSliceArgs", "query");
            }
            if ($.threshold == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveSliSpecificationTimeSliceArgs", "threshold");
            }
            return $;
        }
    }
}
