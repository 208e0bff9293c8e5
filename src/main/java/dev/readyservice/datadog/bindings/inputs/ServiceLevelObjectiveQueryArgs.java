package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;

/**
 * Good-events / total-events queries of a {@code metric} SLO.
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceLevelObjectiveQuery} (plugin 5.8.0).
 */
public final class ServiceLevelObjectiveQueryArgs extends ResourceArgs {

    /** Query counting all events */
    @Import(name = "denominator", required = true)
    private Output<String> denominator;

    /** Query counting good events */
    @Import(name = "numerator", required = true)
    private Output<String> numerator;

    /**
     * @return query counting all events
     */
    public Output<String> denominator() {
        return this.denominator;
    }

    /**
     * @return query counting good events
     */
    public Output<String> numerator() {
        return this.numerator;
    }

    private ServiceLevelObjectiveQueryArgs() {}

    private ServiceLevelObjectiveQueryArgs(ServiceLevelObjectiveQueryArgs defaults) {
        this.denominator = defaults.denominator;
        this.numerator = defaults.numerator;
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
    public static Builder builder(ServiceLevelObjectiveQueryArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceLevelObjectiveQueryArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceLevelObjectiveQueryArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceLevelObjectiveQueryArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceLevelObjectiveQueryArgs defaults) {
            $ = new ServiceLevelObjectiveQueryArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param denominator query counting all events
         * @return this builder
         */
        public Builder denominator(Output<String> denominator) {
            $.denominator = denominator;
            return this;
        }

        /**
         * @param denominator query counting all events
         * @return this builder
         */
        public Builder denominator(String denominator) {
            return denominator(Output.of(denominator));
        }

        /**
         * @param numerator query counting good events
         * @return this builder
         */
        public Builder numerator(Output<String> numerator) {
            $.numerator = numerator;
            return this;
        }

        /**
         * @param numerator query counting good events
         * @return this builder
         */
        public Builder numerator(String numerator) {
            return numerator(Output.of(numerator));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public ServiceLevelObjectiveQueryArgs build() {
            if ($.denominator == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveQueryArgs", "denominator");
            }
            if ($.numerator == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveQueryArgs", "numerator");
            }
            return $;
        }
    }
}
