package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Objects;

/**
 * Queries and formula of a time-slice SLI.
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceLevelObjectiveSliSpecificationTimeSliceQuery} (plugin 5.8.0).
 */
public final class ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs extends ResourceArgs {

    /** The formula */
    @Import(name = "formula", required = true)
    private Output<ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs> formula;

    /** The queries the formula names */
    @Import(name = "queries", required = true)
    private Output<List<ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs>> queries;

    /**
     * @return the formula
     */
    public Output<ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs> formula() {
        return this.formula;
    }

    /**
     * @return the queries the formula names
     */
    public Output<List<ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs>> queries() {
        return this.queries;
    }

    private ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs() {}

    private ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs(ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs defaults) {
        this.formula = defaults.formula;
        this.queries = defaults.queries;
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
    public static Builder builder(ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs defaults) {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param formula the formula
         * @return this builder
         */
        public Builder formula(Output<ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs> formula) {
            $.formula = formula;
            return this;
        }

        /**
         * @param formula the formula
         * @return this builder
         */
        public Builder formula(ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs formula) {
            return formula(Output.of(formula));
        }

        /**
         * @param queries the queries the formula names
         * @return this builder
         */
        public Builder queries(Output<List<ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs>> queries) {
            $.queries = queries;
            return this;
        }

        /**
         * @param queries the queries the formula names
         * @return this builder
         */
        public Builder queries(List<ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs> queries) {
            return queries(Output.of(queries));
        }

        /**
         * @param queries the queries the formula names
         * @return this builder
         */
        public Builder queries(ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs... queries) {
            return queries(List.of(queries));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs build() {
            if ($.formula == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs", "formula");
            }
            if ($.queries == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs", "queries");
            }
            return $;
        }
    }
}
