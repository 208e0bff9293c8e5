package dev.readyservice.standin;

import com.google.protobuf.Struct;
import dev.readyservice.review.StructValues;
import dev.readyservice.review.outputs.PreviewOutputs;

/**
 * The outputs a preview shows for a resource about to be created: what a stand-in provider answers
 * to {@code Create} with {@code preview = true} (and, with fake IDs added, to a real {@code Create}).
 *
 * <p>{@link #model()} is the offline engine's preview-output model
 * ({@link PreviewOutputs}: azure-native inputs mapped onto the API's response shape, path
 * parameters dropped, unset outputs unknown; bridged providers' inputs plus unknown computed
 * properties), so the stand-ins and the offline engine share one model. Components never reach a
 * provider: the engine registers them itself.
 */
@FunctionalInterface
public interface CreatePreviewOutputs {

    /**
     * The preview outputs of a new resource.
     *
     * @param type the resource's type token, e.g. {@code azure-native:storage:StorageAccount}
     * @param inputs the checked inputs, in wire form (unknowns, secrets as the engine sends them)
     */
    Struct outputs(String type, Struct inputs);

    /** The engine's sentinel for a value a preview cannot know. */
    String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    /**
     * The offline engine's model ({@link PreviewOutputs#customOutputs}), the answer the offline engine
     * gives the program too: under the real engine the answer is both what the program reads and what
     * {@code AnalyzeStack} carries.
     */
    static CreatePreviewOutputs model() {
        return (type, inputs) -> StructValues.toStruct(
                PreviewOutputs.standard().customOutputs(type, StructValues.toMap(inputs)).outputs());
    }

    /** The outputs are the inputs (what the offline engine did before issue 12; kept for comparison). */
    static CreatePreviewOutputs echoInputs() {
        return (type, inputs) -> inputs;
    }

    /**
     * Every input comes back unknown, as for a resource whose provider tells a preview nothing. The
     * Java SDK then converts none of them, so a program never trips over an output shape the
     * stand-in got wrong (with {@link #echoInputs()}, SDK 1.36.1 cannot read a list of
     * {@code Either} objects, such as a backup policy's {@code policyRules}, and the program
     * crashes); the pack sees unknowns and answers {@code [undecided]}.
     */
    static CreatePreviewOutputs unknownOutputs() {
        return (type, inputs) -> {
            Struct.Builder outputs = Struct.newBuilder();
            inputs.getFieldsMap().keySet().forEach(key -> outputs.putFields(key,
                    com.google.protobuf.Value.newBuilder().setStringValue(UNKNOWN).build()));
            return outputs.build();
        };
    }
}
