package dev.readyservice.review.outputs;

import dev.readyservice.review.WireValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a real {@code pulumi preview} returns as the outputs of a resource it is about to create,
 * from the resource's type, whether it is custom, and its inputs, all in the wire form
 * {@link WireValues} documents (plain Java maps; no gRPC types). One model, used wherever the
 * offline engine needs outputs; docs/fidelity.md describes it.
 *
 * <ul>
 * <li>A component's outputs are exactly what the program passed to {@code registerOutputs}, and
 * nothing before it does.</li>
 * <li>An azure-native resource's outputs are its inputs mapped onto the API's response shape, as
 * pulumi-azure-native's preview does: path parameters dropped, unset outputs unknown, an input of
 * the wrong type unknown. The shape is derived from the azure-native Java SDK on the classpath.</li>
 * <li>A bridged provider's (datadog, pagerduty) outputs are its inputs plus its output-only
 * properties, unknown.</li>
 * <li>Anything else (another provider, or an azure-native type the SDK here does not have) echoes
 * its inputs, and says so in {@link Modelled#source()}.</li>
 * </ul>
 */
public final class PreviewOutputs {
    private static final PreviewOutputs STANDARD = new PreviewOutputs(
            new AzureNativeShapes(PreviewOutputs.class.getClassLoader()), BridgedOutputs.bundled());

    private final AzureNativeShapes azureNative;
    private final BridgedOutputs bridged;

    PreviewOutputs(AzureNativeShapes azureNative, BridgedOutputs bridged) {
        this.azureNative = azureNative;
        this.bridged = bridged;
    }

    /** The model over the azure-native SDK on this classpath and the bundled bridged schemas; its caches are shared. */
    public static PreviewOutputs standard() {
        return STANDARD;
    }

    /** Where a resource's modelled outputs came from. */
    public enum Source {
        /** A component: what the program registered as its outputs (nothing yet, when it has not). */
        REGISTERED,
        /** azure-native: the inputs on the response shape derived from the SDK's classes. */
        AZURE_NATIVE_SDK,
        /** A bridged provider: inputs plus unknown output-only properties, from the bundled schemas. */
        BRIDGED_SCHEMA,
        /** A provider the model does not know: the inputs, echoed. */
        ECHOED,
        /** An azure-native type the SDK on the classpath does not have ("model: not derived"): the inputs, echoed. */
        NOT_DERIVED
    }

    /**
     * Modelled outputs.
     *
     * @param outputs the outputs in wire form; unknown values are {@link WireValues#UNKNOWN}
     * @param source how they were modelled
     */
    public record Modelled(Map<String, Object> outputs, Source source) {
        public Modelled {
            outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        }
    }

    /**
     * The outputs a preview returns for a resource.
     *
     * @param type the type token, e.g. {@code azure-native:storage:StorageAccount}
     * @param custom true for a custom (provider) resource, false for a component
     * @param inputs the resource's inputs in wire form
     * @param registered for a component, what the program passed to {@code registerOutputs}, or
     *     null when it has not (yet); ignored for custom resources
     */
    public Modelled outputs(String type, boolean custom, Map<String, Object> inputs, Map<String, Object> registered) {
        if (!custom) {
            return new Modelled(registered == null ? Map.of() : registered, Source.REGISTERED);
        }
        if (type.startsWith(AzureNativeShapes.TOKEN_PREFIX)) {
            Optional<Map<String, Shape>> shape = azureNative.resource(type);
            return shape.map(s -> new Modelled(ResponseShaping.outputs(s, inputs), Source.AZURE_NATIVE_SDK))
                    .orElseGet(() -> new Modelled(inputs, Source.NOT_DERIVED));
        }
        Optional<List<String>> outputOnly = bridged.outputOnly(type);
        if (outputOnly.isPresent()) {
            Map<String, Object> outputs = new LinkedHashMap<>(inputs);
            outputOnly.get().forEach(name -> outputs.putIfAbsent(name, WireValues.UNKNOWN));
            return new Modelled(outputs, Source.BRIDGED_SCHEMA);
        }
        return new Modelled(inputs, Source.ECHOED);
    }

    /** How the outputs of a resource of {@code type} are modelled, without modelling any. */
    public Source source(String type, boolean custom) {
        if (!custom) {
            return Source.REGISTERED;
        }
        if (type.startsWith(AzureNativeShapes.TOKEN_PREFIX)) {
            return azureNative.resource(type).isPresent() ? Source.AZURE_NATIVE_SDK : Source.NOT_DERIVED;
        }
        return bridged.outputOnly(type).isPresent() ? Source.BRIDGED_SCHEMA : Source.ECHOED;
    }

    /** The outputs of a custom resource: {@link #outputs(String, boolean, Map, Map)} for {@code custom} true. */
    public Modelled customOutputs(String type, Map<String, Object> inputs) {
        return outputs(type, true, inputs, null);
    }
}
