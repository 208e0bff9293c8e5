package dev.readyservice.pagerduty.binding;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * A PagerDuty team ({@code pagerduty:index/team:Team}): the group that owns the product's
 * escalation policy and business service.
 */
@ResourceType(type = "pagerduty:index/team:Team")
public class Team extends com.pulumi.resources.CustomResource {

    /**
     * Registers the resource with the plugin version pinned to {@link PagerDutyPlugin#VERSION}.
     *
     * @param name the unique logical name of the resource
     * @param args its inputs
     * @param options resource options; the caller's {@code parent}, {@code provider} etc. are kept
     */
    public Team(String name, TeamArgs args, @Nullable CustomResourceOptions options) {
        super("pagerduty:index/team:Team", name, args,
                PagerDutyPlugin.withPinnedVersion(options));
    }
}
