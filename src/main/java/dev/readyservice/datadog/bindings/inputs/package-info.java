/** Nested input types of the Datadog bindings, named after the generated Pulumi Java SDK's. */
package dev.readyservice.datadog.bindings.inputs;
