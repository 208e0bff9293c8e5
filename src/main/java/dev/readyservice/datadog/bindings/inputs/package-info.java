/**
 * Nested input types of the Datadog bindings, generated; named after the Pulumi Java SDK's classes
 * (the two {@code MonitorMonitor...} schema types are renamed {@code Monitor...} in
 * {@code datadog.bindings.json}).
 */
package dev.readyservice.datadog.bindings.inputs;
