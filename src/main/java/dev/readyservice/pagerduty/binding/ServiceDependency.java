package dev.readyservice.pagerduty.binding;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * A dependency between two PagerDuty services
 * ({@code pagerduty:index/serviceDependency:ServiceDependency}). PagerDuty cannot update a
 * dependency, so any change to its inputs replaces it.
 */
@ResourceType(type = "pagerduty:index/serviceDependency:ServiceDependency")
public class ServiceDependency extends com.pulumi.resources.CustomResource {

    /**
     * Registers the resource with the plugin version pinned to {@link PagerDutyPlugin#VERSION}.
     *
     * @param name the unique logical name of the resource
     * @param args its inputs
     * @param options resource options; the caller's {@code parent}, {@code provider} etc. are kept
     */
    public ServiceDependency(String name, ServiceDependencyArgs args, @Nullable CustomResourceOptions options) {
        super("pagerduty:index/serviceDependency:ServiceDependency", name, args,
                PagerDutyPlugin.withPinnedVersion(options));
    }
}
