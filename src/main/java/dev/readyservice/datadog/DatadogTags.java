package dev.readyservice.datadog;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.BurnWindow;
import dev.readyservice.model.Routing;
import java.util.ArrayList;
import java.util.List;

/**
 * The tags of monitors and SLOs, exactly as {@code docs/evidence.md} defines them: the policy
 * pack finds a component's monitors and SLOs by these tags, because ids are unknown in preview.
 */
public final class DatadogTags {

    private DatadogTags() {}

    /**
     * @param c the component
     * @return {@code service}, {@code env}, {@code product}, {@code component} and
     *     {@code criticality} tags, in that order
     */
    public static List<String> base(DatadogComponent c) {
        return List.of(
                "service:" + c.serviceName(),
                "env:" + c.environment().id(),
                "product:" + c.product(),
                "component:" + c.component(),
                "criticality:" + c.criticality());
    }

    /**
     * @param c the component
     * @param signal the golden signal watched (latency, traffic, errors or saturation)
     * @param monitorKind {@code threshold} or {@code anomaly}
     * @param routing the monitor's routing
     * @return the tags of a golden-signal monitor
     */
    public static List<String> goldenSignalMonitor(DatadogComponent c, AlertClass signal, String monitorKind, Routing routing) {
        List<String> tags = new ArrayList<>(base(c));
        tags.add("golden-signal:" + signal.id());
        tags.add("monitor-kind:" + monitorKind);
        tags.add("routing:" + routing.slug());
        return List.copyOf(tags);
    }

    /**
     * @param c the component
     * @param sli {@code availability} or {@code latency}
     * @param sloName the display name of the SLO watched
     * @param window the burn window
     * @return the tags of a burn-rate monitor
     */
    public static List<String> burnRateMonitor(DatadogComponent c, String sli, String sloName, BurnWindow window) {
        List<String> tags = new ArrayList<>(base(c));
        tags.add("monitor-kind:burn-rate");
        tags.add("routing:" + window.routing().slug());
        tags.add("slo:" + sloName);
        tags.add("burn-window:" + window.longWindow() + "-" + window.shortWindow());
        tags.add("sli:" + sli);
        return List.copyOf(tags);
    }

    /**
     * @param c the component
     * @param sli {@code availability} or {@code latency}
     * @return the tags of an SLO
     */
    public static List<String> slo(DatadogComponent c, String sli) {
        List<String> tags = new ArrayList<>(base(c));
        tags.add("sli:" + sli);
        return List.copyOf(tags);
    }
}
