package dev.readyservice.pagerduty.binding;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import dev.readyservice.pagerduty.binding.inputs.ServiceIncidentUrgencyRuleArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceSupportHoursArgs;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Inputs of {@link Service} ({@code pagerduty:index/service:Service}), a technical service.
 *
 * <p>{@code autoResolveTimeout} and {@code acknowledgementTimeout} are seconds written as strings
 * (the schema types them as strings; {@code "null"} disables them). Deprecated inputs
 * ({@code alertCreation}, {@code alertGrouping*}, {@code responsePlay}) are deliberately absent.
 */
public final class ServiceArgs extends com.pulumi.resources.ResourceArgs {

    /**
     * Service name, by convention {@code <product>-<component>}. When unset the provider generates
     * one.
     */
    @Import(name="name")
    private @Nullable Output<String> name;

    /**
     * @return service name, by convention {@code <product>-<component>}. When unset the provider
     *     generates one.
     */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    /** Service description. When unset the provider writes "Managed by Pulumi". */
    @Import(name="description")
    private @Nullable Output<String> description;

    /** @return service description. When unset the provider writes "Managed by Pulumi". */
    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    /** ID of the escalation policy incidents on this service follow. */
    @Import(name="escalationPolicy", required=true)
    private Output<String> escalationPolicy;

    /** @return ID of the escalation policy incidents on this service follow. */
    public Output<String> escalationPolicy() {
        return this.escalationPolicy;
    }

    /**
     * Seconds after which an open incident resolves itself, as a string. When unset incidents never
     * auto-resolve.
     */
    @Import(name="autoResolveTimeout")
    private @Nullable Output<String> autoResolveTimeout;

    /**
     * @return seconds after which an open incident resolves itself, as a string. When unset
     *     incidents never auto-resolve.
     */
    public Optional<Output<String>> autoResolveTimeout() {
        return Optional.ofNullable(this.autoResolveTimeout);
    }

    /**
     * Seconds after which an acknowledged incident triggers again, as a string. When unset the
     * provider uses "1800".
     */
    @Import(name="acknowledgementTimeout")
    private @Nullable Output<String> acknowledgementTimeout;

    /**
     * @return seconds after which an acknowledged incident triggers again, as a string. When unset
     *     the provider uses "1800".
     */
    public Optional<Output<String>> acknowledgementTimeout() {
        return Optional.ofNullable(this.acknowledgementTimeout);
    }

    /** How the urgency of new incidents is chosen. When unset every incident is high urgency. */
    @Import(name="incidentUrgencyRule")
    private @Nullable Output<ServiceIncidentUrgencyRuleArgs> incidentUrgencyRule;

    /**
     * @return how the urgency of new incidents is chosen. When unset every incident is high
     *     urgency.
     */
    public Optional<Output<ServiceIncidentUrgencyRuleArgs>> incidentUrgencyRule() {
        return Optional.ofNullable(this.incidentUrgencyRule);
    }

    /** The weekly support-hours window; needed with urgency rule {@code use_support_hours}. */
    @Import(name="supportHours")
    private @Nullable Output<ServiceSupportHoursArgs> supportHours;

    /** @return the weekly support-hours window; needed with urgency rule {@code use_support_hours}. */
    public Optional<Output<ServiceSupportHoursArgs>> supportHours() {
        return Optional.ofNullable(this.supportHours);
    }

    private ServiceArgs() {}

    private ServiceArgs(ServiceArgs $) {
        this.name = $.name;
        this.description = $.description;
        this.escalationPolicy = $.escalationPolicy;
        this.autoResolveTimeout = $.autoResolveTimeout;
        this.acknowledgementTimeout = $.acknowledgementTimeout;
        this.incidentUrgencyRule = $.incidentUrgencyRule;
        this.supportHours = $.supportHours;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(ServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final ServiceArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new ServiceArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(ServiceArgs defaults) {
            $ = new ServiceArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param name service name, by convention {@code <product>-<component>}.
         * @return builder
         */
        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name service name, by convention {@code <product>-<component>}.
         * @return builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param description service description.
         * @return builder
         */
        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        /**
         * @param description service description.
         * @return builder
         */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /**
         * @param escalationPolicy ID of the escalation policy incidents on this service follow.
         * @return builder
         */
        public Builder escalationPolicy(@Nullable Output<String> escalationPolicy) {
            $.escalationPolicy = escalationPolicy;
            return this;
        }

        /**
         * @param escalationPolicy ID of the escalation policy incidents on this service follow.
         * @return builder
         */
        public Builder escalationPolicy(String escalationPolicy) {
            return escalationPolicy(Output.of(escalationPolicy));
        }

        /**
         * @param autoResolveTimeout seconds after which an open incident resolves itself, as a string.
         * @return builder
         */
        public Builder autoResolveTimeout(@Nullable Output<String> autoResolveTimeout) {
            $.autoResolveTimeout = autoResolveTimeout;
            return this;
        }

        /**
         * @param autoResolveTimeout seconds after which an open incident resolves itself, as a string.
         * @return builder
         */
        public Builder autoResolveTimeout(String autoResolveTimeout) {
            return autoResolveTimeout(Output.of(autoResolveTimeout));
        }

        /**
         * @param acknowledgementTimeout seconds after which an acknowledged incident triggers again, as a string.
         * @return builder
         */
        public Builder acknowledgementTimeout(@Nullable Output<String> acknowledgementTimeout) {
            $.acknowledgementTimeout = acknowledgementTimeout;
            return this;
        }

        /**
         * @param acknowledgementTimeout seconds after which an acknowledged incident triggers again, as a string.
         * @return builder
         */
        public Builder acknowledgementTimeout(String acknowledgementTimeout) {
            return acknowledgementTimeout(Output.of(acknowledgementTimeout));
        }

        /**
         * @param incidentUrgencyRule how the urgency of new incidents is chosen.
         * @return builder
         */
        public Builder incidentUrgencyRule(@Nullable Output<ServiceIncidentUrgencyRuleArgs> incidentUrgencyRule) {
            $.incidentUrgencyRule = incidentUrgencyRule;
            return this;
        }

        /**
         * @param incidentUrgencyRule how the urgency of new incidents is chosen.
         * @return builder
         */
        public Builder incidentUrgencyRule(ServiceIncidentUrgencyRuleArgs incidentUrgencyRule) {
            return incidentUrgencyRule(Output.of(incidentUrgencyRule));
        }

        /**
         * @param supportHours the weekly support-hours window; needed with urgency rule {@code use_support_hours}.
         * @return builder
         */
        public Builder supportHours(@Nullable Output<ServiceSupportHoursArgs> supportHours) {
            $.supportHours = supportHours;
            return this;
        }

        /**
         * @param supportHours the weekly support-hours window; needed with urgency rule {@code use_support_hours}.
         * @return builder
         */
        public Builder supportHours(ServiceSupportHoursArgs supportHours) {
            return supportHours(Output.of(supportHours));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public ServiceArgs build() {
            if ($.escalationPolicy == null) {
                throw new MissingRequiredPropertyException("ServiceArgs", "escalationPolicy");
            }
            return $;
        }
    }
}
