package dev.readyservice.pagerduty.binding;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * A PagerDuty technical service ({@code pagerduty:index/service:Service}): receives events, opens
 * incidents and routes them through its escalation policy.
 */
@ResourceType(type = "pagerduty:index/service:Service")
public class Service extends com.pulumi.resources.CustomResource {

    @Export(name = "htmlUrl", refs = {String.class}, tree = "[0]")
    private Output<String> htmlUrl;

    /** @return the link to the service in the PagerDuty web UI (unknown until created) */
    public Output<String> htmlUrl() {
        return this.htmlUrl;
    }

    /**
     * Registers the resource with the plugin version pinned to {@link PagerDutyPlugin#VERSION}.
     *
     * @param name the unique logical name of the resource
     * @param args its inputs
     * @param options resource options; the caller's {@code parent}, {@code provider} etc. are kept
     */
    public Service(String name, ServiceArgs args, @Nullable CustomResourceOptions options) {
        super("pagerduty:index/service:Service", name, args,
                PagerDutyPlugin.withPinnedVersion(options));
    }
}
