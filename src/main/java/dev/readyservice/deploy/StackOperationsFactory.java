package dev.readyservice.deploy;

import java.nio.file.Path;
import java.util.Map;

/**
 * Selects (or creates) a stack and returns the operations on it. Called only after every
 * precondition has passed, because selecting a stack already runs the Pulumi CLI.
 */
@FunctionalInterface
public interface StackOperationsFactory {
    /**
     * Opens {@code stack} of the Pulumi project in {@code projectDir}.
     *
     * @param environment the environment variables the Pulumi CLI runs with (credentials included)
     * @throws StackOperationException when the stack cannot be selected or created
     */
    StackOperations open(Path projectDir, String stack, Map<String, String> environment)
            throws StackOperationException;
}
