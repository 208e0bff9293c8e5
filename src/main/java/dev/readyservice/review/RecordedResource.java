package dev.readyservice.review;

import dev.readyservice.review.outputs.PreviewOutputs;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource registration as the offline engine saw it during a preview.
 *
 * <p>{@code inputs} holds plain Java values ({@code String}, {@code Double}, {@code Boolean},
 * {@code List}, {@code Map}, {@code null}) in Pulumi's wire form: an unknown value is the string
 * {@link WireValues#UNKNOWN}, a secret is a map whose {@link WireValues#SIG_KEY} entry is
 * {@link WireValues#SECRET_SIG} and whose {@code value} entry holds the value, and a resource
 * reference carries {@link WireValues#RESOURCE_REFERENCE_SIG}. Analyzers see the same form.
 *
 * @param urn the URN the engine assigned
 * @param type the type token, e.g. {@code azure-native:storage:StorageAccount}
 * @param name the logical name the program gave
 * @param custom true for a custom (provider) resource, false for a component
 * @param parentUrn the parent's URN, empty string for the stack itself
 * @param inputs the inputs the program sent, in wire form
 * @param dependencies URNs this resource depends on
 * @param propertyDependencies per input property, the URNs it depends on
 * @param provider the provider reference ({@code urn::id}), empty when the default provider
 * @param protect whether the resource is protected
 * @param retainOnDelete whether the resource is retained on delete
 * @param deletedWith URN of the resource this one is deleted with, empty when none
 * @param version the provider plugin version the program pinned, empty when none
 * @param outputs the outputs a real preview would give the resource, in wire form: for a custom
 *     resource what {@link PreviewOutputs} models from its inputs, for a component what the program
 *     registered as its outputs (empty until it does). {@code AnalyzeStack} sees these. Null means
 *     "as modelled": {@link PreviewOutputs} for a custom resource, nothing for a component.
 */
public record RecordedResource(
        String urn,
        String type,
        String name,
        boolean custom,
        String parentUrn,
        Map<String, Object> inputs,
        List<String> dependencies,
        Map<String, List<String>> propertyDependencies,
        String provider,
        boolean protect,
        boolean retainOnDelete,
        String deletedWith,
        String version,
        Map<String, Object> outputs) {

    public RecordedResource {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        parentUrn = parentUrn == null ? "" : parentUrn;
        inputs = inputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        propertyDependencies = propertyDependencies == null ? Map.of() : Map.copyOf(propertyDependencies);
        provider = provider == null ? "" : provider;
        deletedWith = deletedWith == null ? "" : deletedWith;
        version = version == null ? "" : version;
        outputs = outputs == null
                ? PreviewOutputs.standard().outputs(type, custom, inputs, null).outputs()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
    }

    /** A resource whose outputs are what {@link PreviewOutputs} models (nothing yet for a component). */
    public RecordedResource(String urn, String type, String name, boolean custom, String parentUrn, Map<String, Object> inputs,
            List<String> dependencies, Map<String, List<String>> propertyDependencies, String provider, boolean protect,
            boolean retainOnDelete, String deletedWith, String version) {
        this(urn, type, name, custom, parentUrn, inputs, dependencies, propertyDependencies, provider, protect, retainOnDelete,
                deletedWith, version, null);
    }

    /** This resource with {@code registered} as its outputs (a component's {@code registerOutputs}). */
    public RecordedResource withOutputs(Map<String, Object> registered) {
        return new RecordedResource(urn, type, name, custom, parentUrn, inputs, dependencies, propertyDependencies, provider,
                protect, retainOnDelete, deletedWith, version, registered == null ? Map.of() : registered);
    }

    /** The input at {@code key}, if the program sent one. */
    public Optional<Object> input(String key) {
        return Optional.ofNullable(inputs.get(key));
    }
}
