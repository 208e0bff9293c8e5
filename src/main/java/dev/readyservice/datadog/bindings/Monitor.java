package dev.readyservice.datadog.bindings;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/**
 * A Datadog monitor (threshold, anomaly or SLO burn-rate alert).
 *
 * <p>Our own binding of the provider type {@code datadog:index/monitor:Monitor}; only the inputs ReadyService uses are
 * bound. The provider id is the only output we read ({@link #id()}).
 */
@ResourceType(type = "datadog:index/monitor:Monitor")
public class Monitor extends CustomResource {

    /** The type token this binding registers. */
    public static final String TYPE = "datadog:index/monitor:Monitor";

    /**
     * Registers the resource.
     *
     * @param name the unique Pulumi name of the resource
     * @param args the inputs
     * @param options resource options such as {@code parent}; the plugin version is always pinned
     */
    public Monitor(String name, MonitorArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, DatadogPlugin.pin(options, List.of()));
    }
}
