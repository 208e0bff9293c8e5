package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;
import java.util.Optional;

/**
 * One target of an SLO over one timeframe; target and warning are numbers (percent).
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceLevelObjectiveThreshold} (plugin 5.8.0).
 */
public final class ServiceLevelObjectiveThresholdArgs extends ResourceArgs {

    /** Target percentage, e.g. 99.9 */
    @Import(name = "target", required = true)
    private Output<Double> target;

    /** Timeframe: {@code 7d}, {@code 30d} or {@code 90d} */
    @Import(name = "timeframe", required = true)
    private Output<String> timeframe;

    /** Warning percentage, above the target */
    @Import(name = "warning", required = false)
    private Output<Double> warning;

    /**
     * @return target percentage, e.g. 99.9
     */
    public Output<Double> target() {
        return this.target;
    }

    /**
     * @return timeframe: {@code 7d}, {@code 30d} or {@code 90d}
     */
    public Output<String> timeframe() {
        return this.timeframe;
    }

    /**
     * @return warning percentage, above the target; empty when unset
     */
    public Optional<Output<Double>> warning() {
        return Optional.ofNullable(this.warning);
    }

    private ServiceLevelObjectiveThresholdArgs() {}

    private ServiceLevelObjectiveThresholdArgs(ServiceLevelObjectiveThresholdArgs defaults) {
        this.target = defaults.target;
        this.timeframe = defaults.timeframe;
        this.warning = defaults.warning;
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
    public static Builder builder(ServiceLevelObjectiveThresholdArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceLevelObjectiveThresholdArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceLevelObjectiveThresholdArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceLevelObjectiveThresholdArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceLevelObjectiveThresholdArgs defaults) {
            $ = new ServiceLevelObjectiveThresholdArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param target target percentage, e.g. 99.9
         * @return this builder
         */
        public Builder target(Output<Double> target) {
            $.target = target;
            return this;
        }

        /**
         * @param target target percentage, e.g. 99.9
         * @return this builder
         */
        public Builder target(Double target) {
            return target(Output.of(target));
        }

        /**
         * @param timeframe timeframe: {@code 7d}, {@code 30d} or {@code 90d}
         * @return this builder
         */
        public Builder timeframe(Output<String> timeframe) {
            $.timeframe = timeframe;
            return this;
        }

        /**
         * @param timeframe timeframe: {@code 7d}, {@code 30d} or {@code 90d}
         * @return this builder
         */
        public Builder timeframe(String timeframe) {
            return timeframe(Output.of(timeframe));
        }

        /**
         * @param warning warning percentage, above the target
         * @return this builder
         */
        public Builder warning(Output<Double> warning) {
            $.warning = warning;
            return this;
        }

        /**
         * @param warning warning percentage, above the target
         * @return this builder
         */
        public Builder warning(Double warning) {
            return warning(Output.of(warning));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public ServiceLevelObjectiveThresholdArgs build() {
            if ($.target == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveThresholdArgs", "target");
            }
            if ($.timeframe == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveThresholdArgs", "timeframe");
            }
            return $;
        }
    }
}
