package dev.readyservice.pagerduty.binding;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import dev.readyservice.pagerduty.binding.inputs.EscalationPolicyRuleArgs;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Inputs of {@link EscalationPolicy} ({@code pagerduty:index/escalationPolicy:EscalationPolicy}).
 *
 * <p>{@code teams} is a single team ID on the wire despite its plural name: the schema types it
 * as a string, and a list would be rejected by the provider.
 */
public final class EscalationPolicyArgs extends com.pulumi.resources.ResourceArgs {

    /**
     * Policy name. When unset the provider generates one from the resource name plus a random
     * suffix.
     */
    @Import(name="name")
    private @Nullable Output<String> name;

    /**
     * @return policy name. When unset the provider generates one from the resource name plus a
     *     random suffix.
     */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    /** Policy description. When unset the provider writes "Managed by Pulumi". */
    @Import(name="description")
    private @Nullable Output<String> description;

    /** @return policy description. When unset the provider writes "Managed by Pulumi". */
    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    /**
     * How many times the rules repeat after the last level. When unset the provider sends 0 (no
     * repeat).
     */
    @Import(name="numLoops")
    private @Nullable Output<Integer> numLoops;

    /**
     * @return how many times the rules repeat after the last level. When unset the provider sends 0
     *     (no repeat).
     */
    public Optional<Output<Integer>> numLoops() {
        return Optional.ofNullable(this.numLoops);
    }

    /** ID of the one team that owns the policy. When unset the policy belongs to no team. */
    @Import(name="teams")
    private @Nullable Output<String> teams;

    /** @return ID of the one team that owns the policy. When unset the policy belongs to no team. */
    public Optional<Output<String>> teams() {
        return Optional.ofNullable(this.teams);
    }

    /** Escalation levels in order (at least one). */
    @Import(name="rules", required=true)
    private Output<List<EscalationPolicyRuleArgs>> rules;

    /** @return escalation levels in order (at least one). */
    public Output<List<EscalationPolicyRuleArgs>> rules() {
        return this.rules;
    }

    private EscalationPolicyArgs() {}

    private EscalationPolicyArgs(EscalationPolicyArgs $) {
        this.name = $.name;
        this.description = $.description;
        this.numLoops = $.numLoops;
        this.teams = $.teams;
        this.rules = $.rules;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(EscalationPolicyArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link EscalationPolicyArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final EscalationPolicyArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new EscalationPolicyArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(EscalationPolicyArgs defaults) {
            $ = new EscalationPolicyArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param name policy name.
         * @return builder
         */
        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name policy name.
         * @return builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param description policy description.
         * @return builder
         */
        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        /**
         * @param description policy description.
         * @return builder
         */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /**
         * @param numLoops how many times the rules repeat after the last level.
         * @return builder
         */
        public Builder numLoops(@Nullable Output<Integer> numLoops) {
            $.numLoops = numLoops;
            return this;
        }

        /**
         * @param numLoops how many times the rules repeat after the last level.
         * @return builder
         */
        public Builder numLoops(Integer numLoops) {
            return numLoops(Output.of(numLoops));
        }

        /**
         * @param teams ID of the one team that owns the policy.
         * @return builder
         */
        public Builder teams(@Nullable Output<String> teams) {
            $.teams = teams;
            return this;
        }

        /**
         * @param teams ID of the one team that owns the policy.
         * @return builder
         */
        public Builder teams(String teams) {
            return teams(Output.of(teams));
        }

        /**
         * @param rules escalation levels in order (at least one).
         * @return builder
         */
        public Builder rules(@Nullable Output<List<EscalationPolicyRuleArgs>> rules) {
            $.rules = rules;
            return this;
        }

        /**
         * @param rules escalation levels in order (at least one).
         * @return builder
         */
        public Builder rules(List<EscalationPolicyRuleArgs> rules) {
            return rules(Output.of(rules));
        }

        /**
         * @param rules escalation levels in order (at least one).
         * @return builder
         */
        public Builder rules(EscalationPolicyRuleArgs... rules) {
            return rules(List.of(rules));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public EscalationPolicyArgs build() {
            if ($.rules == null) {
                throw new MissingRequiredPropertyException("EscalationPolicyArgs", "rules");
            }
            return $;
        }
    }
}
