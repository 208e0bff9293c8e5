/**
 * The PagerDuty part of ReadyService: the product's team, escalation policy, technical and
 * business services, support hours, urgency rules and Datadog integrations.
 *
 * <p>Start at {@link dev.readyservice.pagerduty.PagerDutyOnCall}. This package imports no other
 * {@code dev.readyservice} package but the shared model; the component passes values between it and the others (for
 * example each technical service's integration key to the Datadog part).
 *
 * <p>Public API: the bindings ({@code dev.readyservice.pagerduty.binding}: {@code Team},
 * {@code EscalationPolicy}, {@code Service}, {@code ServiceIntegration}, {@code BusinessService},
 * {@code ServiceDependency}, pinned to the plugin version {@code PagerDutyPlugin.VERSION}) and
 * {@link dev.readyservice.pagerduty.PagerDutyOnCall}; the {@code readiness:index:Paging} building
 * block ({@code dev.readyservice.component.Paging}) adds Datadog's PagerDuty service objects to it.
 * What they cover and how to add a resource: {@code docs/evidence.md}, "The Datadog and PagerDuty bindings".
 */
package dev.readyservice.pagerduty;
