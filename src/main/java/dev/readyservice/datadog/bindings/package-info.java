/**
 * Typed bindings for the few Datadog provider resources ReadyService creates.
 *
 * <p>Shaped like the generated Pulumi Java SDK ({@code com.pulumi.datadog}), which our builds
 * cannot resolve: each resource registers the official type token with the official input names
 * and pins the provider plugin version ({@link dev.readyservice.datadog.bindings.DatadogPlugin}).
 * Nested input types live in {@code inputs}.
 */
package dev.readyservice.datadog.bindings;
