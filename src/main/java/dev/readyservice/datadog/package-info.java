/**
 * Datadog for ReadyService: pure helpers that compute queries, thresholds, burn rates, tags and
 * messages, and small factories that register monitors, SLOs, the service catalog entry, the
 * dashboard and the PagerDuty link through our own bindings
 * ({@link dev.readyservice.datadog.bindings}).
 *
 * <p>Callers describe a component with {@link dev.readyservice.datadog.DatadogComponent}; this
 * package imports no other ReadyService package but the shared model ({@link dev.readyservice.model}).
 *
 * <p>Public API: the bindings ({@code dev.readyservice.datadog.bindings}: {@code Monitor},
 * {@code ServiceLevelObjective}, {@code ServiceDefinitionYaml}, {@code DashboardJson},
 * {@code PagerdutyServiceObject}, pinned to the plugin version {@code DatadogPlugin.VERSION}) and
 * the factories here may be used by any program; the {@code readiness:index:Monitoring} building
 * block ({@code dev.readyservice.component.Monitoring}) wraps {@link dev.readyservice.datadog.ComponentMonitoring}
 * for one component. What they cover and how to add a resource: {@code docs/evidence.md},
 * "The Datadog and PagerDuty bindings".
 */
package dev.readyservice.datadog;
