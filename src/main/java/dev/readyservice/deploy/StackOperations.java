package dev.readyservice.deploy;

import java.util.Map;
import java.util.Optional;

/**
 * The Pulumi operations a redeploy run needs on one selected stack. {@link AutomationStackOperations}
 * runs them with the Pulumi CLI; tests give a mock, so the timing logic never needs a CLI or a cloud.
 */
public interface StackOperations {
    /**
     * Runs {@code pulumi up --yes} on the stack.
     *
     * @return the resource changes Pulumi reported
     * @throws StackOperationException when Pulumi reports an error
     * @throws InterruptedException when the run is interrupted
     */
    ResourceChanges up() throws StackOperationException, InterruptedException;

    /**
     * Runs {@code pulumi destroy --yes} on the stack.
     *
     * @return the resource changes Pulumi reported (deletes)
     * @throws StackOperationException when Pulumi reports an error
     * @throws InterruptedException when the run is interrupted
     */
    ResourceChanges destroy() throws StackOperationException, InterruptedException;

    /** The Pulumi CLI version, e.g. {@code 3.140.0}; empty when it cannot be read. */
    Optional<String> pulumiVersion();

    /** Installed resource plugin name to version; empty when they cannot be listed. */
    Map<String, String> pluginVersions();

    /**
     * The URL of the backend holding the stack's state, as {@code pulumi whoami --verbose} reports it
     * (e.g. {@code https://api.pulumi.com}, {@code file:///var/pulumi}); empty when it cannot be read.
     */
    Optional<String> backendUrl();
}
