package dev.readyservice.pagerduty.binding.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Urgency outside support hours (schema type {@code ServiceIncidentUrgencyRuleOutsideSupportHours}).
 */
public final class ServiceIncidentUrgencyRuleOutsideSupportHoursArgs extends com.pulumi.resources.ResourceArgs {

    /** Arguments with nothing set: every input takes its documented default. */
    public static final ServiceIncidentUrgencyRuleOutsideSupportHoursArgs Empty = new ServiceIncidentUrgencyRuleOutsideSupportHoursArgs();

    /**
     * Rule type outside support hours; only {@code constant} exists. Unset means the provider
     * default.
     */
    @Import(name="type")
    private @Nullable Output<String> type;

    /**
     * @return rule type outside support hours; only {@code constant} exists. Unset means the
     *     provider default.
     */
    public Optional<Output<String>> type() {
        return Optional.ofNullable(this.type);
    }

    /**
     * Urgency outside support hours: {@code high}, {@code low} or {@code severity_based}. Unset
     * means the provider default.
     */
    @Import(name="urgency")
    private @Nullable Output<String> urgency;

    /**
     * @return urgency outside support hours: {@code high}, {@code low} or {@code severity_based}.
     *     Unset means the provider default.
     */
    public Optional<Output<String>> urgency() {
        return Optional.ofNullable(this.urgency);
    }

    private ServiceIncidentUrgencyRuleOutsideSupportHoursArgs() {}

    private ServiceIncidentUrgencyRuleOutsideSupportHoursArgs(ServiceIncidentUrgencyRuleOutsideSupportHoursArgs $) {
        this.type = $.type;
        this.urgency = $.urgency;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(ServiceIncidentUrgencyRuleOutsideSupportHoursArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceIncidentUrgencyRuleOutsideSupportHoursArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final ServiceIncidentUrgencyRuleOutsideSupportHoursArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new ServiceIncidentUrgencyRuleOutsideSupportHoursArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(ServiceIncidentUrgencyRuleOutsideSupportHoursArgs defaults) {
            $ = new ServiceIncidentUrgencyRuleOutsideSupportHoursArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param type rule type outside support hours; only {@code constant} exists.
         * @return builder
         */
        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type rule type outside support hours; only {@code constant} exists.
         * @return builder
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @param urgency urgency outside support hours: {@code high}, {@code low} or {@code severity_based}.
         * @return builder
         */
        public Builder urgency(@Nullable Output<String> urgency) {
            $.urgency = urgency;
            return this;
        }

        /**
         * @param urgency urgency outside support hours: {@code high}, {@code low} or {@code severity_based}.
         * @return builder
         */
        public Builder urgency(String urgency) {
            return urgency(Output.of(urgency));
        }

        /**
         * @return the arguments
         */
        public ServiceIncidentUrgencyRuleOutsideSupportHoursArgs build() {
            return $;
        }
    }
}
