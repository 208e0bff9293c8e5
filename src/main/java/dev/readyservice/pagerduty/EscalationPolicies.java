package dev.readyservice.pagerduty;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.pagerduty.binding.EscalationPolicy;
import dev.readyservice.pagerduty.binding.EscalationPolicyArgs;
import dev.readyservice.pagerduty.binding.inputs.EscalationPolicyRuleArgs;
import dev.readyservice.pagerduty.binding.inputs.EscalationPolicyRuleTargetArgs;
import java.util.List;

/** Creates the product's escalation policy from its {@link EscalationPath}. */
final class EscalationPolicies {

    private EscalationPolicies() {}

    static EscalationPolicy create(
            String prefix, PagerDutyProduct product, Output<String> teamId, CustomResourceOptions options) {
        EscalationPath path = product.escalation();
        var args = EscalationPolicyArgs.builder()
                .name(product.product() + "-escalation")
                .description("Escalation for " + product.product() + " (" + product.environment() + "): "
                        + path.levels().size() + " level(s), repeated " + path.loops() + " time(s).")
                .numLoops(path.loops())
                // A single team id: the schema types "teams" as a string despite the plural name.
                .teams(teamId)
                .rules(rules(path))
                .build();
        return new EscalationPolicy(PagerDutyNames.logical(prefix, "escalation-policy"), args, options);
    }

    /** Every level of the path, in order, with every target. */
    static List<EscalationPolicyRuleArgs> rules(EscalationPath path) {
        return path.levels().stream()
                .map(level -> EscalationPolicyRuleArgs.builder()
                        .escalationDelayInMinutes(level.delayMinutes())
                        .targets(level.targets().stream().map(EscalationPolicies::target).toList())
                        .build())
                .toList();
    }

    private static EscalationPolicyRuleTargetArgs target(EscalationTarget target) {
        return EscalationPolicyRuleTargetArgs.builder()
                .type(target.kind().wireValue())
                .id(target.id())
                .build();
    }
}
