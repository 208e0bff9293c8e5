package dev.readyservice.pagerduty;

import com.pulumi.core.Output;
import dev.readyservice.pagerduty.binding.Service;
import dev.readyservice.pagerduty.binding.ServiceIntegration;
import java.util.Objects;

/**
 * The PagerDuty technical service created for one component.
 *
 * @param component the component name, e.g. {@code api}
 * @param serviceName the service's PagerDuty name, {@code <product>-<component>}; Datadog monitors
 *     notify it with {@code @pagerduty-<serviceName>}
 * @param service the service resource
 * @param integration the Datadog (Events API v2) integration on the service
 */
public record TechnicalService(
        String component, String serviceName, Service service, ServiceIntegration integration) {

    /**
     * @throws NullPointerException naming the field that is null
     */
    public TechnicalService {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(integration, "integration");
    }

    /**
     * The routing key Datadog needs for this service (its {@code ServiceObject.serviceKey}), read
     * through the integration's {@code id}: in a preview the key is unknown, and the engine leaves
     * unknown outputs out of its answer to a Java program, which then fills them in without the
     * integration as a dependency. Through {@code id} the Datadog link keeps the property dependency
     * on the integration that the policy pack follows (docs/evidence.md, "Paging").
     *
     * @return the integration key, always a secret
     */
    public Output<String> integrationKey() {
        return integration.id().apply(id -> integration.integrationKey());
    }
}
