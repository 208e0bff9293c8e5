/**
 * Typed bindings for the few PagerDuty resources ReadyService creates, generated (not written by
 * hand) because {@code com.pulumi:pagerduty} is not available to our builds.
 *
 * <p>Shaped like the generated Pulumi Java SDK: each resource registers the official type token with
 * the official input names and pins the provider plugin to
 * {@link dev.readyservice.pagerduty.binding.PagerDutyPlugin#VERSION}, so a real {@code pulumi up} drives
 * the real provider. Only the inputs we use are bound, and the generator refuses a deprecated one.
 * Every class here but this file is the output of {@code dev.readyservice.bindings.BindingGenerator}
 * (in the tests), fed by {@code src/test/resources/dev/readyservice/bindings/pagerduty.bindings.json}
 * and {@code src/main/resources/dev/readyservice/providers/pagerduty.schema.json} (the pinned schema
 * trimmed to what the list binds); {@code GeneratedBindingsTest} fails while the committed classes are
 * stale.
 */
package dev.readyservice.pagerduty.binding;
