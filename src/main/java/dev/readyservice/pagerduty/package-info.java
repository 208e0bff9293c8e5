/**
 * The PagerDuty part of ReadyService: the product's team, escalation policy, technical and
 * business services, support hours, urgency rules and Datadog integrations.
 *
 * <p>Start at {@link dev.readyservice.pagerduty.PagerDutyOnCall}. This package imports no other
 * {@code dev.readyservice} package but the shared model; the component passes values between it and the others (for
 * example each technical service's integration key to the Datadog part).
 */
package dev.readyservice.pagerduty;
