package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLI of an SLO defined by specification (we use only time slices).
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceLevelObjectiveSliSpecification} (plugin 5.8.0).
 */
public final class ServiceLevelObjectiveSliSpecificationArgs extends ResourceArgs {

    /** A time-slice SLI */
    @Import(name = "timeSlice", required = false)
    private Output<ServiceLevelObjectiveSliSpecificationTimeSliceArgs> timeSlice;

    /**
     * @return a time-slice SLI; empty when unset
     */
    public Optional<Output<ServiceLevelObjectiveSliSpecificationTimeSliceArgs>> timeSlice() {
        return Optional.ofNullable(this.timeSlice);
    }

    private ServiceLevelObjectiveSliSpecificationArgs() {}

    private ServiceLevelObjectiveSliSpecificationArgs(ServiceLevelObjectiveSliSpecificationArgs defaults) {
        this.timeSlice = defaults.timeSlice;
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
    public static Builder builder(ServiceLevelObjectiveSliSpecificationArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceLevelObjectiveSliSpecificationArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceLevelObjectiveSliSpecificationArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceLevelObjectiveSliSpecificationArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceLevelObjectiveSliSpecificationArgs defaults) {
            $ = new ServiceLevelObjectiveSliSpecificationArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param timeSlice a time-slice SLI
         * @return this builder
         */
        public Builder timeSlice(Output<ServiceLevelObjectiveSliSpecificationTimeSliceArgs> timeSlice) {
            $.timeSlice = timeSlice;
            return this;
        }

        /**
         * @param timeSlice a time-slice SLI
         * @return this builder
         */
        public Builder timeSlice(ServiceLevelObjectiveSliSpecificationTimeSliceArgs timeSlice) {
            return timeSlice(Output.of(timeSlice));
        }

        /**
         * @return the args
         */
        public ServiceLevelObjectiveSliSpecificationArgs build() {
            return $;
        }
    }
}
