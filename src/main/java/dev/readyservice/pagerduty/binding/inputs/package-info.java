/**
 * Nested input types of the PagerDuty bindings, generated; named as the provider schema names them
 * (schema type name plus {@code Args}).
 */
package dev.readyservice.pagerduty.binding.inputs;
