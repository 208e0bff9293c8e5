package dev.readyservice.datadog.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveQueryArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveThresholdArgs;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of a Datadog {@link ServiceLevelObjective}.
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceLevelObjective} (plugin 5.8.0).
 */
public final class ServiceLevelObjectiveArgs extends ResourceArgs {

    /** What the SLO promises, in words */
    @Import(name = "description", required = false)
    private Output<String> description;

    /** Display name of the SLO */
    @Import(name = "name", required = true)
    private Output<String> name;

    /** Good/total queries, for {@code metric} SLOs */
    @Import(name = "query", required = false)
    private Output<ServiceLevelObjectiveQueryArgs> query;

    /** SLI specification, for {@code time_slice} SLOs */
    @Import(name = "sliSpecification", required = false)
    private Output<ServiceLevelObjectiveSliSpecificationArgs> sliSpecification;

    /** Tags, {@code key:value} */
    @Import(name = "tags", required = false)
    private Output<List<String>> tags;

    /** Targets per timeframe */
    @Import(name = "thresholds", required = true)
    private Output<List<ServiceLevelObjectiveThresholdArgs>> thresholds;

    /** SLO type: {@code metric}, {@code monitor} or {@code time_slice} */
    @Import(name = "type", required = true)
    private Output<String> type;

    /**
     * @return what the SLO promises, in words; empty when unset
     */
    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    /**
     * @return display name of the SLO
     */
    public Output<String> name() {
        return this.name;
    }

    /**
     * @return good/total queries, for {@code metric} SLOs; empty when unset
     */
    public Optional<Output<ServiceLevelObjectiveQueryArgs>> query() {
        return Optional.ofNullable(this.query);
    }

    /**
     * @return sLI specification, for {@code time_slice} SLOs; empty when unset
     */
    public Optional<Output<ServiceLevelObjectiveSliSpecificationArgs>> sliSpecification() {
        return Optional.ofNullable(this.sliSpecification);
    }

    /**
     * @return tags, {@code key:value}; empty when unset
     */
    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    /**
     * @return targets per timeframe
     */
    public Output<List<ServiceLevelObjectiveThresholdArgs>> thresholds() {
        return this.thresholds;
    }

    /**
     * @return sLO type: {@code metric}, {@code monitor} or {@code time_slice}
     */
    public Output<String> type() {
        return this.type;
    }

    private ServiceLevelObjectiveArgs() {}

    private ServiceLevelObjectiveArgs(ServiceLevelObjectiveArgs defaults) {
        this.description = defaults.description;
        this.name = defaults.name;
        this.query = defaults.query;
        this.sliSpecification = defaults.sliSpecification;
        this.tags = defaults.tags;
        this.thresholds = defaults.thresholds;
        this.type = defaults.type;
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
    public static Builder builder(ServiceLevelObjectiveArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceLevelObjectiveArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceLevelObjectiveArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceLevelObjectiveArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceLevelObjectiveArgs defaults) {
            $ = new ServiceLevelObjectiveArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param description what the SLO promises, in words
         * @return this builder
         */
        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        /**
         * @param description what the SLO promises, in words
         * @return this builder
         */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /**
         * @param name display name of the SLO
         * @return this builder
         */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name display name of the SLO
         * @return this builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param query good/total queries, for {@code metric} SLOs
         * @return this builder
         */
        public Builder query(Output<ServiceLevelObjectiveQueryArgs> query) {
            $.query = query;
            return this;
        }

        /**
         * @param query good/total queries, for {@code metric} SLOs
         * @return this builder
         */
        public Builder query(ServiceLevelObjectiveQueryArgs query) {
            return query(Output.of(query));
        }

        /**
         * @param sliSpecification sLI specification, for {@code time_slice} SLOs
         * @return this builder
         */
        public Builder sliSpecification(Output<ServiceLevelObjectiveSliSpecificationArgs> sliSpecification) {
            $.sliSpecification = sliSpecification;
            return this;
        }

        /**
         * @param sliSpecification sLI specification, for {@code time_slice} SLOs
         * @return this builder
         */
        public Builder sliSpecification(ServiceLevelObjectiveSliSpecificationArgs sliSpecification) {
            return sliSpecification(Output.of(sliSpecification));
        }

        /**
         * @param tags tags, {@code key:value}
         * @return this builder
         */
        public Builder tags(Output<List<String>> tags) {
            $.tags = tags;
            return this;
        }

        /**
         * @param tags tags, {@code key:value}
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            return tags(Output.of(tags));
        }

        /**
         * @param tags tags, {@code key:value}
         * @return this builder
         */
        public Builder tags(String... tags) {
            return tags(List.of(tags));
        }

        /**
         * @param thresholds targets per timeframe
         * @return this builder
         */
        public Builder thresholds(Output<List<ServiceLevelObjectiveThresholdArgs>> thresholds) {
            $.thresholds = thresholds;
            return this;
        }

        /**
         * @param thresholds targets per timeframe
         * @return this builder
         */
        public Builder thresholds(List<ServiceLevelObjectiveThresholdArgs> thresholds) {
            return thresholds(Output.of(thresholds));
        }

        /**
         * @param thresholds targets per timeframe
         * @return this builder
         */
        public Builder thresholds(ServiceLevelObjectiveThresholdArgs... thresholds) {
            return thresholds(List.of(thresholds));
        }

        /**
         * @param type sLO type: {@code metric}, {@code monitor} or {@code time_slice}
         * @return this builder
         */
        public Builder type(Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type sLO type: {@code metric}, {@code monitor} or {@code time_slice}
         * @return this builder
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public ServiceLevelObjectiveArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveArgs", "name");
            }
            if ($.thresholds == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveArgs", "thresholds");
            }
            if ($.type == null) {
                throw new MissingRequiredPropertyException("ServiceLevelObjectiveArgs", "type");
            }
            return $;
        }
    }
}
