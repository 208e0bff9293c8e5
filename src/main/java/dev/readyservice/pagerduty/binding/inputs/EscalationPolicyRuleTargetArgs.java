package dev.readyservice.pagerduty.binding.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One target of an escalation level: a user or an on-call schedule
 * (schema type {@code EscalationPolicyRuleTarget}).
 */
public final class EscalationPolicyRuleTargetArgs extends com.pulumi.resources.ResourceArgs {

    /** ID of the user or schedule to notify. */
    @Import(name="id", required=true)
    private Output<String> id;

    /** @return ID of the user or schedule to notify. */
    public Output<String> id() {
        return this.id;
    }

    /**
     * Target kind, {@code user_reference} or {@code schedule_reference}; when unset the provider
     * assumes {@code user_reference}, so we always set it.
     */
    @Import(name="type")
    private @Nullable Output<String> type;

    /**
     * @return target kind, {@code user_reference} or {@code schedule_reference}; when unset the
     *     provider assumes {@code user_reference}, so we always set it.
     */
    public Optional<Output<String>> type() {
        return Optional.ofNullable(this.type);
    }

    private EscalationPolicyRuleTargetArgs() {}

    private EscalationPolicyRuleTargetArgs(EscalationPolicyRuleTargetArgs $) {
        this.id = $.id;
        this.type = $.type;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(EscalationPolicyRuleTargetArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link EscalationPolicyRuleTargetArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final EscalationPolicyRuleTargetArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new EscalationPolicyRuleTargetArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(EscalationPolicyRuleTargetArgs defaults) {
            $ = new EscalationPolicyRuleTargetArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param id ID of the user or schedule to notify.
         * @return builder
         */
        public Builder id(@Nullable Output<String> id) {
            $.id = id;
            return this;
        }

        /**
         * @param id ID of the user or schedule to notify.
         * @return builder
         */
        public Builder id(String id) {
            return id(Output.of(id));
        }

        /**
         * @param type target kind, {@code user_reference} or {@code schedule_reference}; when unset the provider assumes {@code user_reference}, so we always set it.
         * @return builder
         */
        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type target kind, {@code user_reference} or {@code schedule_reference}; when unset the provider assumes {@code user_reference}, so we always set it.
         * @return builder
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public EscalationPolicyRuleTargetArgs build() {
            if ($.id == null) {
                throw new MissingRequiredPropertyException("EscalationPolicyRuleTargetArgs", "id");
            }
            return $;
        }
    }
}
