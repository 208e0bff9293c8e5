/**
 * Typed bindings for the few Datadog provider resources ReadyService creates, generated (not written
 * by hand) because {@code com.pulumi:datadog} is not served to our builds.
 *
 * <p>Shaped like the generated Pulumi Java SDK: each resource registers the official type token with
 * the official input names and pins the provider plugin version
 * ({@link dev.readyservice.datadog.bindings.DatadogPlugin}); nested input types live in {@code inputs}.
 * Every class here but this file is the output of {@code dev.readyservice.bindings.BindingGenerator}
 * (in the tests), fed by {@code src/test/resources/dev/readyservice/bindings/datadog.bindings.json}
 * (the tokens and inputs we bind) and
 * {@code src/main/resources/dev/readyservice/providers/datadog.schema.json} (the pinned provider schema
 * trimmed to them). To bind another resource or input, edit the list and regenerate as the files'
 * headers say; {@code GeneratedBindingsTest} fails while the committed classes are stale.
 */
package dev.readyservice.datadog.bindings;
