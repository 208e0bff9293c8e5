package dev.readyservice.datadog.bindings;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/**
 * A Datadog service-catalog entry (service definition document).
 *
 * <p>Our own binding of the provider type {@code datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml}; only the inputs ReadyService uses are
 * bound. The provider id is the only output we read ({@link #id()}).
 */
@ResourceType(type = "datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml")
public class ServiceDefinitionYaml extends CustomResource {

    /** The type token this binding registers. */
    public static final String TYPE = "datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml";

    /**
     * Registers the resource.
     *
     * @param name the unique Pulumi name of the resource
     * @param args the inputs
     * @param options resource options such as {@code parent}; the plugin version is always pinned
     */
    public ServiceDefinitionYaml(String name, ServiceDefinitionYamlArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, DatadogPlugin.pin(options, List.of()));
    }
}
