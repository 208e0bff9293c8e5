package dev.readyservice.standin;

import com.google.protobuf.Struct;

/**
 * The outputs a preview shows for a resource about to be created: what a stand-in provider answers
 * to {@code Create} with {@code preview = true} (and, with fake IDs added, to a real {@code Create}).
 *
 * <p>Where the preview-output model plugs in: the offline engine's model of preview outputs
 * (azure-native inputs mapped onto the API's response shape, path parameters dropped, unset outputs
 * unknown; bridged providers' inputs plus unknown computed properties) is being written in
 * {@code dev.readyservice.review.engine}. When it lands, implement this interface with it, so the
 * stand-ins and the offline engine share one model. Until then {@link #echoInputs()} answers, which
 * is what the offline engine did before issue 12.
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

    /** The outputs are the inputs: a placeholder until the preview-output model plugs in here. */
    static CreatePreviewOutputs echoInputs() {
        return (type, inputs) -> inputs;
    }
}
