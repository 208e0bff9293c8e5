package dev.readyservice.datadog;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.ComputeType;
import dev.readyservice.model.DecimalText;
import java.util.List;
import java.util.Locale;

/**
 * Which metrics watch the four golden signals of a component.
 *
 * <p>Web apps (api, ui) are watched through Datadog's Azure integration, filtered by resource group
 * and app name, in the namespace of their compute type: {@code azure.app_services.*} for a web app,
 * {@code azure.functions.*} for a function app, {@code azure.app_containerapps.*} for a container
 * app. A container app's Azure metrics have one request count (its 5xx are the requests tagged
 * {@code statuscodecategory:5xx}) and no response time, so its latency is the APM trace metric of
 * the request operation the team states ({@code trace.<operation>}, filtered by service and env).
 * Workers are watched through APM trace metrics of their {@code worker.job} spans. Saturation is
 * the App Service plan's CPU for web and function apps, the app's own CPU for a container app; for a
 * function app on a plan the platform scales ({@link DatadogComponent#instanceMemoryMb()}), the app's
 * memory working set as a percentage of one instance's memory: Azure reports no plan metrics for a
 * Consumption or Flex Consumption plan, so a monitor on its CPU would never get data.
 * Datadog lower-cases tag keys and values, so Azure names and dimensions are lower-case in filters.
 */
public final class GoldenSignalQueries {

    /** Datadog's tag for the Azure dimension {@code statusCodeCategory} of container app requests ({@code 2xx} … {@code 5xx}). */
    static final String CONTAINER_APP_STATUS_TAG = "statuscodecategory";
    private static final String CONTAINER_APPS = "azure.app_containerapps";

    private GoldenSignalQueries() {}

    /**
     * @param c the component
     * @return latency, traffic, errors and saturation queries, in that order
     */
    public static List<SignalQuery> forComponent(DatadogComponent c) {
        return List.of(latency(c), traffic(c), errors(c), saturation(c));
    }

    /** @return the metric filter of the component's own metrics (app or service) */
    static String componentFilter(DatadogComponent c) {
        return worker(c) ? serviceFilter(c) : appFilter(c);
    }

    /**
     * @return the filter of the saturation metric: the plan a web or function app runs on, else the
     *     app itself (a container app, or a function app on a plan the platform scales)
     */
    static String saturationFilter(DatadogComponent c) {
        return c.computeType().runsOnPlan() && c.instanceMemoryMb() == null ? azureFilter(c.azureResourceGroup(), c.azurePlanName()) : appFilter(c);
    }

    /** @return Datadog's percentile aggregator for the configured percentile, e.g. {@code p99.9} */
    static String percentileAggregator(DatadogComponent c) {
        return "p" + DecimalText.of(c.latencyPercentile());
    }

    /**
     * @return the latency metric (seconds): the job percentile for workers, the request operation's
     *     percentile for a container app, the Azure average for web and function apps
     */
    static String latencyMetric(DatadogComponent c) {
        if (worker(c)) {
            return percentileAggregator(c) + ":trace.worker.job{" + serviceFilter(c) + "}";
        }
        if (c.computeType() == ComputeType.CONTAINER_APP) {
            return percentileAggregator(c) + ":trace." + c.latencyOperation() + "{" + serviceFilter(c) + "}";
        }
        // Azure reports response time only as a per-minute average; there is no percentile.
        return "avg:" + appNamespace(c) + ".response_time{" + componentFilter(c) + "}";
    }

    /** @return the count of all requests or jobs */
    static String totalCount(DatadogComponent c) {
        String metric = worker(c) ? "trace.worker.job.hits" : appNamespace(c) + ".requests";
        return count(metric, componentFilter(c));
    }

    /** @return the count of failed requests (HTTP 5xx) or failed jobs */
    static String errorCount(DatadogComponent c) {
        if (worker(c)) {
            return count("trace.worker.job.errors", componentFilter(c));
        }
        if (c.computeType() == ComputeType.CONTAINER_APP) {
            return count(CONTAINER_APPS + ".requests", componentFilter(c) + "," + CONTAINER_APP_STATUS_TAG + ":5xx");
        }
        return count(appNamespace(c) + ".http5xx", componentFilter(c));
    }

    /** @return the count of good requests (HTTP 2xx + 3xx; a container app's: not 5xx) or jobs (hits − errors) */
    static String goodCount(DatadogComponent c) {
        if (worker(c)) {
            return totalCount(c) + " - " + errorCount(c);
        }
        if (c.computeType() == ComputeType.CONTAINER_APP) {
            // Its request count is split by status class only through the dimension: good is "not 5xx".
            return count(CONTAINER_APPS + ".requests", componentFilter(c) + ",!" + CONTAINER_APP_STATUS_TAG + ":5xx");
        }
        String ns = appNamespace(c);
        return count(ns + ".http2xx", componentFilter(c)) + " + " + count(ns + ".http3xx", componentFilter(c));
    }

    /** @return true when the latency monitor watches a trace percentile rather than an Azure average */
    private static boolean latencyFromTraces(DatadogComponent c) {
        return worker(c) || c.computeType() == ComputeType.CONTAINER_APP;
    }

    private static boolean worker(DatadogComponent c) {
        return c.kind() == ComponentKind.WORKER;
    }

    /** @return the Azure integration's namespace of the app's request metrics */
    private static String appNamespace(DatadogComponent c) {
        return switch (c.computeType()) {
            case WEB_APP -> "azure.app_services";
            case FUNCTION_APP -> "azure.functions";
            case CONTAINER_APP -> CONTAINER_APPS;
        };
    }

    private static String count(String metric, String filter) {
        return "sum:" + metric + "{" + filter + "}.as_count()";
    }

    private static String serviceFilter(DatadogComponent c) {
        return "service:" + c.serviceName() + ",env:" + c.environment().id();
    }

    private static String appFilter(DatadogComponent c) {
        return azureFilter(c.azureResourceGroup(), c.azureAppName());
    }

    private static SignalQuery latency(DatadogComponent c) {
        boolean traces = latencyFromTraces(c);
        return new SignalQuery(AlertClass.LATENCY, latencyMetric(c), traces ? "percentile(last_5m)" : "avg(last_5m)",
                ">", "above", !traces);
    }

    private static SignalQuery traffic(DatadogComponent c) {
        return new SignalQuery(AlertClass.TRAFFIC, totalCount(c), "sum(last_15m)", "<", "both",
                !worker(c));
    }

    private static SignalQuery errors(DatadogComponent c) {
        return new SignalQuery(AlertClass.ERRORS, errorCount(c) + " / " + totalCount(c), "sum(last_5m)", ">", "above",
                !worker(c));
    }

    /** One mebibyte, in bytes: Azure reports a function app's memory working set in bytes. */
    private static final long MIB = 1024L * 1024L;

    private static SignalQuery saturation(DatadogComponent c) {
        if (c.instanceMemoryMb() != null) {
            return new SignalQuery(AlertClass.SATURATION, "avg:azure.functions.memory_working_set{" + saturationFilter(c) + "} / "
                    + (c.instanceMemoryMb() * MIB) + " * 100", "avg(last_10m)", ">", "above", true);
        }
        String metric = c.computeType().runsOnPlan() ? "azure.web_serverfarms.cpu_percentage" : CONTAINER_APPS + ".cpu_percentage";
        return new SignalQuery(AlertClass.SATURATION, "avg:" + metric + "{" + saturationFilter(c) + "}",
                "avg(last_10m)", ">", "above", true);
    }

    private static String azureFilter(String resourceGroup, String name) {
        return "resource_group:" + resourceGroup.toLowerCase(Locale.ROOT) + ",name:" + name.toLowerCase(Locale.ROOT);
    }
}
