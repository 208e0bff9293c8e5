package dev.readyservice.deploy;

import java.util.Map;

/**
 * Selects (or creates) a stack and returns the operations on it. Called only after every
 * precondition has passed, because selecting a stack already runs the Pulumi CLI.
 */
@FunctionalInterface
public interface StackOperationsFactory {
    /**
     * Opens {@link RedeployOptions#stack()} of the Pulumi project in {@link RedeployOptions#projectDir()};
     * every {@code up} runs with {@link RedeployOptions#policyPack()} and its config.
     *
     * @param environment the environment variables the Pulumi CLI runs with (credentials included)
     * @throws StackOperationException when the stack cannot be selected or created
     */
    StackOperations open(RedeployOptions options, Map<String, String> environment)
            throws StackOperationException;
}
