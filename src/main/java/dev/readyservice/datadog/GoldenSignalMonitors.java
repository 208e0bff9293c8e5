package dev.readyservice.datadog;

import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.bindings.Monitor;
import dev.readyservice.datadog.bindings.MonitorArgs;
import dev.readyservice.datadog.bindings.inputs.MonitorThresholdWindowsArgs;
import dev.readyservice.datadog.bindings.inputs.MonitorThresholdsArgs;
import dev.readyservice.model.AlertClass;
import dev.readyservice.model.Routing;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Creates the eight golden-signal monitors of a component: for latency, traffic, errors and
 * saturation one threshold monitor and one anomaly monitor.
 *
 * <p>Threshold monitors page out of hours only when the component is customer-facing and the
 * signal is in {@code pageOutOfHours}; otherwise they wait for business hours. Anomaly monitors
 * always wait for business hours: they flag the unusual, not a broken promise. They use the
 * {@code basic} algorithm because {@code agile} and {@code robust} need about three weeks of
 * history, which a new component does not have.
 */
public final class GoldenSignalMonitors {

    /** Seconds Datadog waits before evaluating Azure integration metrics, which arrive late. */
    public static final int AZURE_EVALUATION_DELAY_SECONDS = 900;
    /** The anomaly alert window; also the trigger and recovery windows. */
    static final String ANOMALY_ALERT_WINDOW = "last_15m";
    /** What a drop monitor does when its count has no point: evaluate it as 0 (a sum of .as_count() metrics). */
    static final String ON_MISSING_DATA_COUNTS_AS_ZERO = "default";
    /** Share of anomalous points in the alert window that warns (business hours). */
    static final String ANOMALY_WARNING = "0.8";

    private GoldenSignalMonitors() {}

    /**
     * The monitors created for one component.
     *
     * @param threshold threshold monitors: latency, traffic, errors, saturation
     * @param anomaly anomaly monitors in the same order
     */
    public record Created(List<Monitor> threshold, List<Monitor> anomaly) {
        /** @return all eight monitors */
        public List<Monitor> all() {
            List<Monitor> all = new ArrayList<>(threshold);
            all.addAll(anomaly);
            return List.copyOf(all);
        }
    }

    /**
     * @param c the component
     * @param signal latency, traffic, errors or saturation
     * @return the routing of that signal's threshold monitor
     */
    public static Routing thresholdRouting(DatadogComponent c, AlertClass signal) {
        return c.customerFacing() && c.pageOutOfHours().contains(signal) ? Routing.PAGE : Routing.BUSINESS_HOURS;
    }

    /**
     * Registers the eight monitors, named {@code <prefix>-<signal>-threshold} and
     * {@code <prefix>-<signal>-anomaly}.
     *
     * @param prefix resource name prefix
     * @param c the component
     * @param options options for every monitor, typically {@code parent}
     * @return the monitors
     */
    public static Created create(String prefix, DatadogComponent c, CustomResourceOptions options) {
        Objects.requireNonNull(prefix, "prefix");
        List<Monitor> threshold = new ArrayList<>();
        List<Monitor> anomaly = new ArrayList<>();
        for (SignalQuery query : GoldenSignalQueries.forComponent(c)) {
            threshold.add(new Monitor(prefix + "-" + query.signal().id() + "-threshold", thresholdArgs(c, query), options));
            anomaly.add(new Monitor(prefix + "-" + query.signal().id() + "-anomaly", anomalyArgs(c, query), options));
        }
        return new Created(List.copyOf(threshold), List.copyOf(anomaly));
    }

    static MonitorArgs thresholdArgs(DatadogComponent c, SignalQuery query) {
        Routing routing = thresholdRouting(c, query.signal());
        ThresholdPair thresholds = GoldenSignalThresholds.forSignal(c, query.signal(), routing);
        String bound = query.comparator().equals(">") ? "above" : "below";
        String summary = c.serviceName() + " (" + c.environment().id() + "): " + query.signal().id() + " is " + bound + " "
                + "{{threshold}} (now {{value}}).";
        var args = MonitorArgs.builder()
                .name("[" + c.environment().id() + "] " + c.serviceName() + " " + query.signal().id() + " " + bound + " threshold")
                .type("query alert")
                .query(query.timeAggregation() + ":" + query.metric() + " " + query.comparator() + " " + thresholds.criticalText())
                .message(MonitorMessages.message(c, query.signal(), routing, summary, ""))
                .monitorThresholds(MonitorThresholdsArgs.builder()
                        .critical(thresholds.criticalText())
                        .warning(thresholds.warningText())
                        .build())
                .tags(DatadogTags.goldenSignalMonitor(c, query.signal(), "threshold", routing));
        if (query.comparator().equals("<")) {
            // A drop monitor over a count (traffic): when the requests stop, Datadog gets no point and the
            // monitor would sit in NO DATA, which notifies no one. On missing data, 'default' evaluates a
            // sum of .as_count() metrics as 0 ("Migrating to On Missing Data Configuration"), below the
            // floor: a stop ALERTs and is routed like any drop.
            args.onMissingData(ON_MISSING_DATA_COUNTS_AS_ZERO);
        }
        return withDelay(args, query).build();
    }

    static MonitorArgs anomalyArgs(DatadogComponent c, SignalQuery query) {
        String summary = c.serviceName() + " (" + c.environment().id() + "): " + query.signal().id()
                + " is outside its usual range (anomaly, basic algorithm).";
        String anomalyQuery = "avg(last_1h):anomalies(" + query.metric() + ", 'basic', 2, direction='" + query.anomalyDirection()
                + "', alert_window='" + ANOMALY_ALERT_WINDOW + "', interval=60, count_default_zero='true') >= 1";
        var args = MonitorArgs.builder()
                .name("[" + c.environment().id() + "] " + c.serviceName() + " " + query.signal().id() + " anomaly")
                .type("query alert")
                .query(anomalyQuery)
                .message(MonitorMessages.message(c, query.signal(), Routing.BUSINESS_HOURS, summary, ""))
                .monitorThresholds(MonitorThresholdsArgs.builder().critical("1").warning(ANOMALY_WARNING).build())
                .monitorThresholdWindows(MonitorThresholdWindowsArgs.builder()
                        .triggerWindow(ANOMALY_ALERT_WINDOW)
                        .recoveryWindow(ANOMALY_ALERT_WINDOW)
                        .build())
                .tags(DatadogTags.goldenSignalMonitor(c, query.signal(), "anomaly", Routing.BUSINESS_HOURS));
        return withDelay(args, query).build();
    }

    private static MonitorArgs.Builder withDelay(MonitorArgs.Builder args, SignalQuery query) {
        return query.azureIntegration() ? args.evaluationDelay(AZURE_EVALUATION_DELAY_SECONDS) : args;
    }
}
