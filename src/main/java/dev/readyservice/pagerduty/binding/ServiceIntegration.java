package dev.readyservice.pagerduty.binding;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * An integration on a PagerDuty service
 * ({@code pagerduty:index/serviceIntegration:ServiceIntegration}) whose routing key lets a sender
 * such as Datadog open incidents on that service.
 */
@ResourceType(type = "pagerduty:index/serviceIntegration:ServiceIntegration")
public class ServiceIntegration extends com.pulumi.resources.CustomResource {

    @Export(name = "integrationKey", refs = {String.class}, tree = "[0]")
    private Output<String> integrationKey;

    /**
     * The routing key a sender needs to open incidents on the service. The schema does not mark it
     * secret, so the constructor asks the engine to store it encrypted and this getter marks it
     * secret itself: anyone holding the key can page the team.
     *
     * @return the integration key, always a secret
     */
    public Output<String> integrationKey() {
        return this.integrationKey.asSecret();
    }

    /**
     * Registers the resource with the plugin version pinned to {@link PagerDutyPlugin#VERSION}.
     *
     * @param name the unique logical name of the resource
     * @param args its inputs
     * @param options resource options; the caller's {@code parent}, {@code provider} etc. are kept
     */
    public ServiceIntegration(
            String name, ServiceIntegrationArgs args, @Nullable CustomResourceOptions options) {
        super("pagerduty:index/serviceIntegration:ServiceIntegration", name, args,
                PagerDutyPlugin.withPinnedVersion(options, "integrationKey"));
    }
}
