package dev.readyservice.datadog;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.DecimalText;
import java.util.List;
import java.util.Locale;

/**
 * Which metrics watch the four golden signals of a component.
 *
 * <p>Web apps (api, ui) are watched through the Azure integration ({@code azure.app_services.*},
 * filtered by resource group and app name); workers through APM trace metrics of their
 * {@code worker.job} spans (filtered by service and env). Saturation is the App Service plan's
 * CPU for both. Datadog lower-cases tag values, so Azure names are lower-cased in filters.
 */
public final class GoldenSignalQueries {

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
        if (c.kind() == ComponentKind.WORKER) {
            return "service:" + c.serviceName() + ",env:" + c.environment().id();
        }
        return azureFilter(c.azureResourceGroup(), c.azureAppName());
    }

    static String planFilter(DatadogComponent c) {
        return azureFilter(c.azureResourceGroup(), c.azurePlanName());
    }

    /** @return Datadog's percentile aggregator for the configured percentile, e.g. {@code p99.9} */
    static String percentileAggregator(DatadogComponent c) {
        return "p" + DecimalText.of(c.latencyPercentile());
    }

    /** @return the latency metric (seconds): job percentile for workers, average for web apps */
    static String latencyMetric(DatadogComponent c) {
        if (c.kind() == ComponentKind.WORKER) {
            return percentileAggregator(c) + ":trace.worker.job{" + componentFilter(c) + "}";
        }
        // Azure reports response time only as a per-minute average; there is no percentile.
        return "avg:azure.app_services.response_time{" + componentFilter(c) + "}";
    }

    /** @return the count of all requests or jobs */
    static String totalCount(DatadogComponent c) {
        String metric = c.kind() == ComponentKind.WORKER ? "trace.worker.job.hits" : "azure.app_services.requests";
        return "sum:" + metric + "{" + componentFilter(c) + "}.as_count()";
    }

    /** @return the count of failed requests (HTTP 5xx) or failed jobs */
    static String errorCount(DatadogComponent c) {
        String metric = c.kind() == ComponentKind.WORKER ? "trace.worker.job.errors" : "azure.app_services.http5xx";
        return "sum:" + metric + "{" + componentFilter(c) + "}.as_count()";
    }

    /** @return the count of good requests (HTTP 2xx + 3xx) or jobs (hits − errors) */
    static String goodCount(DatadogComponent c) {
        if (c.kind() == ComponentKind.WORKER) {
            return totalCount(c) + " - " + errorCount(c);
        }
        String filter = componentFilter(c);
        return "sum:azure.app_services.http2xx{" + filter + "}.as_count() + sum:azure.app_services.http3xx{" + filter + "}.as_count()";
    }

    private static SignalQuery latency(DatadogComponent c) {
        boolean worker = c.kind() == ComponentKind.WORKER;
        return new SignalQuery(AlertClass.LATENCY, latencyMetric(c), worker ? "percentile(last_5m)" : "avg(last_5m)",
                ">", "above", !worker);
    }

    private static SignalQuery traffic(DatadogComponent c) {
        return new SignalQuery(AlertClass.TRAFFIC, totalCount(c), "sum(last_15m)", "<", "both",
                c.kind() != ComponentKind.WORKER);
    }

    private static SignalQuery errors(DatadogComponent c) {
        return new SignalQuery(AlertClass.ERRORS, errorCount(c) + " / " + totalCount(c), "sum(last_5m)", ">", "above",
                c.kind() != ComponentKind.WORKER);
    }

    private static SignalQuery saturation(DatadogComponent c) {
        return new SignalQuery(AlertClass.SATURATION, "avg:azure.web_serverfarms.cpu_percentage{" + planFilter(c) + "}",
                "avg(last_10m)", ">", "above", true);
    }

    private static String azureFilter(String resourceGroup, String name) {
        return "resource_group:" + resourceGroup.toLowerCase(Locale.ROOT) + ",name:" + name.toLowerCase(Locale.ROOT);
    }
}
