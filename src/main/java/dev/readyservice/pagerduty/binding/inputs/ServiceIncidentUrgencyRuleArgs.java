package dev.readyservice.pagerduty.binding.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * How a service chooses incident urgency (schema type {@code ServiceIncidentUrgencyRule}).
 */
public final class ServiceIncidentUrgencyRuleArgs extends com.pulumi.resources.ResourceArgs {

    /** {@code constant} (one urgency at all times) or {@code use_support_hours}. */
    @Import(name="type", required=true)
    private Output<String> type;

    /** @return {@code constant} (one urgency at all times) or {@code use_support_hours}. */
    public Output<String> type() {
        return this.type;
    }

    /**
     * Urgency for type {@code constant}: {@code high}, {@code low} or {@code severity_based};
     * unused with {@code use_support_hours}.
     */
    @Import(name="urgency")
    private @Nullable Output<String> urgency;

    /**
     * @return urgency for type {@code constant}: {@code high}, {@code low} or {@code
     *     severity_based}; unused with {@code use_support_hours}.
     */
    public Optional<Output<String>> urgency() {
        return Optional.ofNullable(this.urgency);
    }

    /** Urgency inside support hours; used with {@code use_support_hours}. */
    @Import(name="duringSupportHours")
    private @Nullable Output<ServiceIncidentUrgencyRuleDuringSupportHoursArgs> duringSupportHours;

    /** @return urgency inside support hours; used with {@code use_support_hours}. */
    public Optional<Output<ServiceIncidentUrgencyRuleDuringSupportHoursArgs>> duringSupportHours() {
        return Optional.ofNullable(this.duringSupportHours);
    }

    /** Urgency outside support hours; used with {@code use_support_hours}. */
    @Import(name="outsideSupportHours")
    private @Nullable Output<ServiceIncidentUrgencyRuleOutsideSupportHoursArgs> outsideSupportHours;

    /** @return urgency outside support hours; used with {@code use_support_hours}. */
    public Optional<Output<ServiceIncidentUrgencyRuleOutsideSupportHoursArgs>> outsideSupportHours() {
        return Optional.ofNullable(this.outsideSupportHours);
    }

    private ServiceIncidentUrgencyRuleArgs() {}

    private ServiceIncidentUrgencyRuleArgs(ServiceIncidentUrgencyRuleArgs $) {
        this.type = $.type;
        this.urgency = $.urgency;
        this.duringSupportHours = $.duringSupportHours;
        this.outsideSupportHours = $.outsideSupportHours;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(ServiceIncidentUrgencyRuleArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceIncidentUrgencyRuleArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final ServiceIncidentUrgencyRuleArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new ServiceIncidentUrgencyRuleArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(ServiceIncidentUrgencyRuleArgs defaults) {
            $ = new ServiceIncidentUrgencyRuleArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param type {@code constant} (one urgency at all times) or {@code use_support_hours}.
         * @return builder
         */
        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type {@code constant} (one urgency at all times) or {@code use_support_hours}.
         * @return builder
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @param urgency urgency for type {@code constant}: {@code high}, {@code low} or {@code severity_based}; unused with {@code use_support_hours}.
         * @return builder
         */
        public Builder urgency(@Nullable Output<String> urgency) {
            $.urgency = urgency;
            return this;
        }

        /**
         * @param urgency urgency for type {@code constant}: {@code high}, {@code low} or {@code severity_based}; unused with {@code use_support_hours}.
         * @return builder
         */
        public Builder urgency(String urgency) {
            return urgency(Output.of(urgency));
        }

        /**
         * @param duringSupportHours urgency inside support hours; used with {@code use_support_hours}.
         * @return builder
         */
        public Builder duringSupportHours(@Nullable Output<ServiceIncidentUrgencyRuleDuringSupportHoursArgs> duringSupportHours) {
            $.duringSupportHours = duringSupportHours;
            return this;
        }

        /**
         * @param duringSupportHours urgency inside support hours; used with {@code use_support_hours}.
         * @return builder
         */
        public Builder duringSupportHours(ServiceIncidentUrgencyRuleDuringSupportHoursArgs duringSupportHours) {
            return duringSupportHours(Output.of(duringSupportHours));
        }

        /**
         * @param outsideSupportHours urgency outside support hours; used with {@code use_support_hours}.
         * @return builder
         */
        public Builder outsideSupportHours(@Nullable Output<ServiceIncidentUrgencyRuleOutsideSupportHoursArgs> outsideSupportHours) {
            $.outsideSupportHours = outsideSupportHours;
            return this;
        }

        /**
         * @param outsideSupportHours urgency outside support hours; used with {@code use_support_hours}.
         * @return builder
         */
        public Builder outsideSupportHours(ServiceIncidentUrgencyRuleOutsideSupportHoursArgs outsideSupportHours) {
            return outsideSupportHours(Output.of(outsideSupportHours));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public ServiceIncidentUrgencyRuleArgs build() {
            if ($.type == null) {
                throw new MissingRequiredPropertyException("ServiceIncidentUrgencyRuleArgs", "type");
            }
            return $;
        }
    }
}
