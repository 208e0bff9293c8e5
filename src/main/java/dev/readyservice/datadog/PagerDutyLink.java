package dev.readyservice.datadog;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.bindings.PagerdutyServiceObject;
import dev.readyservice.datadog.bindings.PagerdutyServiceObjectArgs;

/**
 * Connects a PagerDuty service to Datadog, so that {@code @pagerduty-<serviceName>} in a monitor
 * message reaches it. The integration key comes from the PagerDuty part (a Datadog vendor
 * integration on the service) and stays secret end to end.
 */
public final class PagerDutyLink {

    private PagerDutyLink() {}

    /**
     * Registers {@code <prefix>-pagerduty-link}.
     *
     * @param prefix resource name prefix
     * @param serviceName PagerDuty service name, {@code <product>-<component>}
     * @param integrationKey the service's Datadog integration key; made secret if it is not
     * @param options options, typically {@code parent}
     * @return the service object
     */
    public static PagerdutyServiceObject create(String prefix, String serviceName, Output<String> integrationKey,
            CustomResourceOptions options) {
        return new PagerdutyServiceObject(prefix + "-pagerduty-link", args(serviceName, integrationKey), options);
    }

    static PagerdutyServiceObjectArgs args(String serviceName, Output<String> integrationKey) {
        return PagerdutyServiceObjectArgs.builder()
                .serviceName(serviceName)
                .serviceKey(integrationKey.asSecret())
                .build();
    }
}
