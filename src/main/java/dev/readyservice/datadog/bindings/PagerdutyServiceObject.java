package dev.readyservice.datadog.bindings;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Registers a PagerDuty service and its integration key in Datadog, so monitors can notify {@code @pagerduty-<serviceName>}.
 *
 * <p>Our own binding of the provider type {@code datadog:pagerduty/serviceObject:ServiceObject}; only the inputs ReadyService uses are
 * bound. The provider id is the only output we read ({@link #id()}).
 */
@ResourceType(type = "datadog:pagerduty/serviceObject:ServiceObject")
public class PagerdutyServiceObject extends CustomResource {

    /** The type token this binding registers. */
    public static final String TYPE = "datadog:pagerduty/serviceObject:ServiceObject";

    /**
     * Registers the resource.
     *
     * @param name the unique Pulumi name of the resource
     * @param args the inputs
     * @param options resource options such as {@code parent}; the plugin version is always pinned
     */
    public PagerdutyServiceObject(String name, PagerdutyServiceObjectArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, secretKey(args), DatadogPlugin.pin(options, List.of("serviceKey")));
    }

    /**
     * Wraps the key as a secret before it is serialized, so that it is encrypted in state and
     * shown as {@code [secret]} in previews even when the caller passed a plain output;
     * {@code additionalSecretOutputs} then keeps the provider's echo of it secret too.
     */
    private static PagerdutyServiceObjectArgs secretKey(PagerdutyServiceObjectArgs args) {
        return PagerdutyServiceObjectArgs.builder(args).serviceKey(args.serviceKey().asSecret()).build();
    }
}
