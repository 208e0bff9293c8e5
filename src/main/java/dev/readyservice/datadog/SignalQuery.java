package dev.readyservice.datadog;

import dev.readyservice.model.AlertClass;

/**
 * The metric behind one golden signal of one component and how a monitor evaluates it.
 *
 * @param signal the golden signal
 * @param metric the metric expression, e.g. {@code avg:azure.app_services.response_time{...}}
 * @param timeAggregation the monitor's time aggregation and window, e.g. {@code avg(last_5m)}
 * @param comparator {@code >} when high values are bad, {@code <} when low values are bad
 * @param anomalyDirection {@code above} or {@code both}: which deviations an anomaly monitor flags
 * @param azureIntegration whether the metric comes from the Azure integration, whose data
 *     arrives minutes late and so needs an evaluation delay
 */
public record SignalQuery(
        AlertClass signal,
        String metric,
        String timeAggregation,
        String comparator,
        String anomalyDirection,
        boolean azureIntegration) {}
