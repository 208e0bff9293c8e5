package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;

/**
 * The formula combining the queries of a time-slice SLI.
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormula} (plugin 5.8.0).
 */
public final class ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs extends ResourceArgs {

    /** Formula, e.g. {@code query1} */
    @Import(name = "formulaExpression", required = true)
    private Output<String> formulaExpression;

    /**
     * @return formula, e.g. {@code query1}
     */
    public Output<String> formulaExpression() {
        return this.formulaExpression;
    }

    private ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs() {}

    private ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs(ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs defaults) {
        this.formulaExpression = defaults.formulaExpression;
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
    public static Builder builder(ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs defaults) {
            $ = new ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param formulaExpression formula, e.g. {@code query1}
         * @return this builder
         */
        public Builder formulaExpression(Output<String> formulaExpression) {
            $.formulaExpression = formulaExpression;
            return this;
        }

        /**
         * @param formulaExpression formula, e.g. {@code query1}
         * @return this builder
         */
        public Builder formulaExpression(String formulaExpression) {
            return formulaExpression(Output.of(formulaExpression));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs build() {
            if ($.formulaExpression == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs", "formulaExpression");
            }
            return $;
        }
    }
}
