package dev.readyservice.pagerduty.binding;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * A PagerDuty business service ({@code pagerduty:index/businessService:BusinessService}): the product as
 * its customers see it, related to its technical services by {@link ServiceDependency}.
 */
@ResourceType(type = "pagerduty:index/businessService:BusinessService")
public class BusinessService extends com.pulumi.resources.CustomResource {

    /**
     * Registers the resource with the plugin version pinned to {@link PagerDutyPlugin#VERSION}.
     *
     * @param name the unique logical name of the resource
     * @param args its inputs
     * @param options resource options; the caller's {@code parent}, {@code provider} etc. are kept
     */
    public BusinessService(String name, BusinessServiceArgs args, @Nullable CustomResourceOptions options) {
        super("pagerduty:index/businessService:BusinessService", name, args,
                PagerDutyPlugin.withPinnedVersion(options));
    }
}
