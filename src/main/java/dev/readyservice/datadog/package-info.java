/**
 * Datadog for ReadyService: pure helpers that compute queries, thresholds, burn rates, tags and
 * messages, and small factories that register monitors, SLOs, the service catalog entry, the
 * dashboard and the PagerDuty link through our own bindings
 * ({@link dev.readyservice.datadog.bindings}).
 *
 * <p>Callers describe a component with {@link dev.readyservice.datadog.DatadogComponent}; this
 * package imports no other ReadyService package but the shared model ({@link dev.readyservice.model}).
 */
package dev.readyservice.datadog;
