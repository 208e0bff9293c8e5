/**
 * Typed bindings for the few PagerDuty resources ReadyService creates, shaped like the generated
 * Pulumi Java SDK ({@code com.pulumi:pagerduty} is not available to our builds).
 *
 * <p>Each resource registers the official type token with the official input names and pins the
 * provider plugin to {@link dev.readyservice.pagerduty.binding.PagerDutyPlugin#VERSION}, so a real
 * {@code pulumi up} drives the real provider. Only the inputs we use are bound, and no deprecated
 * input is. A schema conformance test checks every name against the provider's published schema.
 */
package dev.readyservice.pagerduty.binding;
