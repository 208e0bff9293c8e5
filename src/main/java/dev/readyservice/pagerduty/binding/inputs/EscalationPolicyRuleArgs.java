package dev.readyservice.pagerduty.binding.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One escalation level (schema type {@code EscalationPolicyRule}).
 */
public final class EscalationPolicyRuleArgs extends com.pulumi.resources.ResourceArgs {

    /** Minutes an incident stays unacknowledged at this level before it moves to the next one. */
    @Import(name="escalationDelayInMinutes", required=true)
    private Output<Integer> escalationDelayInMinutes;

    /**
     * @return minutes an incident stays unacknowledged at this level before it moves to the next
     *     one.
     */
    public Output<Integer> escalationDelayInMinutes() {
        return this.escalationDelayInMinutes;
    }

    /** Users or schedules notified at this level (at least one). */
    @Import(name="targets", required=true)
    private Output<List<EscalationPolicyRuleTargetArgs>> targets;

    /** @return users or schedules notified at this level (at least one). */
    public Output<List<EscalationPolicyRuleTargetArgs>> targets() {
        return this.targets;
    }

    private EscalationPolicyRuleArgs() {}

    private EscalationPolicyRuleArgs(EscalationPolicyRuleArgs $) {
        this.escalationDelayInMinutes = $.escalationDelayInMinutes;
        this.targets = $.targets;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(EscalationPolicyRuleArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link EscalationPolicyRuleArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final EscalationPolicyRuleArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new EscalationPolicyRuleArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(EscalationPolicyRuleArgs defaults) {
            $ = new EscalationPolicyRuleArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param escalationDelayInMinutes minutes an incident stays unacknowledged at this level before it moves to the next one.
         * @return builder
         */
        public Builder escalationDelayInMinutes(@Nullable Output<Integer> escalationDelayInMinutes) {
            $.escalationDelayInMinutes = escalationDelayInMinutes;
            return this;
        }

        /**
         * @param escalationDelayInMinutes minutes an incident stays unacknowledged at this level before it moves to the next one.
         * @return builder
         */
        public Builder escalationDelayInMinutes(Integer escalationDelayInMinutes) {
            return escalationDelayInMinutes(Output.of(escalationDelayInMinutes));
        }

        /**
         * @param targets users or schedules notified at this level (at least one).
         * @return builder
         */
        public Builder targets(@Nullable Output<List<EscalationPolicyRuleTargetArgs>> targets) {
            $.targets = targets;
            return this;
        }

        /**
         * @param targets users or schedules notified at this level (at least one).
         * @return builder
         */
        public Builder targets(List<EscalationPolicyRuleTargetArgs> targets) {
            return targets(Output.of(targets));
        }

        /**
         * @param targets users or schedules notified at this level (at least one).
         * @return builder
         */
        public Builder targets(EscalationPolicyRuleTargetArgs... targets) {
            return targets(List.of(targets));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public EscalationPolicyRuleArgs build() {
            if ($.escalationDelayInMinutes == null) {
                throw new MissingRequiredPropertyException("EscalationPolicyRuleArgs", "escalationDelayInMinutes");
            }
            if ($.targets == null) {
                throw new MissingRequiredPropertyException("EscalationPolicyRuleArgs", "targets");
            }
            return $;
        }
    }
}
