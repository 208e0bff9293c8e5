package dev.readyservice.pagerduty.binding;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * A PagerDuty escalation policy ({@code pagerduty:index/escalationPolicy:EscalationPolicy}): who is
 * notified at each level and after how long an unacknowledged incident moves on.
 */
@ResourceType(type = "pagerduty:index/escalationPolicy:EscalationPolicy")
public class EscalationPolicy extends com.pulumi.resources.CustomResource {

    /**
     * Registers the resource with the plugin version pinned to {@link PagerDutyPlugin#VERSION}.
     *
     * @param name the unique logical name of the resource
     * @param args its inputs
     * @param options resource options; the caller's {@code parent}, {@code provider} etc. are kept
     */
    public EscalationPolicy(String name, EscalationPolicyArgs args, @Nullable CustomResourceOptions options) {
        super("pagerduty:index/escalationPolicy:EscalationPolicy", name, args,
                PagerDutyPlugin.withPinnedVersion(options));
    }
}
