package dev.readyservice.deploy;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.LocalPulumiCommand;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.OperationType;
import com.pulumi.automation.PluginInfo;
import com.pulumi.automation.PluginKind;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.UpdateResult;
import com.pulumi.automation.WorkspaceStack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link StackOperations} on the Pulumi Automation API for Java: a {@link LocalWorkspace} on the
 * project directory (its {@code Pulumi.yaml} and {@code Pulumi.<stack>.yaml}), driving the Pulumi CLI.
 * This class only adapts; the rules live in {@link RedeployTimer} and are tested there.
 */
public final class AutomationStackOperations implements StackOperations {
    private final WorkspaceStack stack;
    private final UpOptions upOptions;

    private AutomationStackOperations(WorkspaceStack stack, UpOptions upOptions) {
        this.stack = stack;
        this.upOptions = upOptions;
    }

    /** The factory {@link RedeployTimer#forSystem} uses: {@code LocalWorkspace.createOrSelectStack}. */
    public static StackOperationsFactory factory() {
        return factory(LocalPulumiCommand::create);
    }

    /** A factory running the Pulumi CLI that {@code command} supplies (tests give a fake). */
    static StackOperationsFactory factory(CommandSupplier command) {
        return (redeploy, environment) -> {
            Path projectDir = redeploy.projectDir();
            String stackName = redeploy.stack();
            try {
                LocalWorkspaceOptions options = LocalWorkspaceOptions.builder()
                        .workDir(projectDir)
                        .environmentVariables(environment)
                        .pulumiCommand(new PolicyPackConfigFlagFix(command.get()))
                        .build();
                UpOptions up = UpOptions.builder()
                        .policyPacks(List.of(redeploy.policyPack().toString()))
                        .policyPackConfigs(List.of(redeploy.policyPackConfig().toString()))
                        .build();
                return new AutomationStackOperations(
                        LocalWorkspace.createOrSelectStack(stackName, projectDir, options), up);
            } catch (AutomationException e) {
                throw new StackOperationException(
                        "cannot select stack '" + stackName + "' in " + projectDir + ": " + e.getMessage(), e);
            }
        };
    }

    @Override
    public ResourceChanges up() throws StackOperationException, InterruptedException {
        try {
            return changes(stack.up(upOptions));
        } catch (AutomationException e) {
            throw failure("pulumi up", e);
        }
    }

    @Override
    public ResourceChanges destroy() throws StackOperationException, InterruptedException {
        try {
            return changes(stack.destroy());
        } catch (AutomationException e) {
            throw failure("pulumi destroy", e);
        }
    }

    @Override
    public Optional<String> pulumiVersion() {
        return Optional.ofNullable(stack.workspace().pulumiVersion());
    }

    @Override
    public Optional<String> backendUrl() {
        try {
            return Optional.ofNullable(stack.workspace().whoAmI()).map(w -> w.url()).filter(u -> !u.isBlank());
        } catch (AutomationException | RuntimeException e) {
            // Informative like the versions; without it the record says the backend is unknown.
            return Optional.empty();
        }
    }

    @Override
    public Map<String, String> pluginVersions() {
        Map<String, String> versions = new TreeMap<>();
        try {
            List<PluginInfo> plugins = stack.workspace().listPlugins();
            // The Automation API returns null rather than an empty list when the CLI prints nothing.
            for (PluginInfo p : plugins == null ? List.<PluginInfo>of() : plugins) {
                if (p.kind() == PluginKind.RESOURCE) {
                    versions.merge(p.name(), String.valueOf(p.version()), (a, b) -> a + "," + b);
                }
            }
        } catch (AutomationException | RuntimeException e) {
            // Plugin versions are informative; a run is not failed for want of them.
            return Map.of();
        }
        return versions;
    }

    private static ResourceChanges changes(UpdateResult result) {
        return ChangeCounts.from(result.summary() == null ? Map.of() : result.summary().resourceChanges());
    }

    private static StackOperationException failure(String operation, AutomationException e)
            throws InterruptedException {
        if (ChangeCounts.causedByInterrupt(e)) {
            throw new InterruptedException(operation + " was interrupted");
        }
        return new StackOperationException(operation + " failed: " + e.getMessage(), e);
    }

    /** Supplies the Pulumi CLI; {@code LocalPulumiCommand::create} fails when it is not installed. */
    @FunctionalInterface
    interface CommandSupplier {
        PulumiCommand get() throws AutomationException;
    }

    /** Pure mapping from the Automation API's types; tested without a CLI. */
    static final class ChangeCounts {
        private ChangeCounts() {
        }

        static ResourceChanges from(Map<OperationType, Integer> changes) {
            Map<OperationType, Integer> c = changes == null ? Map.of() : changes;
            return new ResourceChanges(
                    count(c, OperationType.CREATE) + count(c, OperationType.IMPORT),
                    count(c, OperationType.UPDATE),
                    count(c, OperationType.DELETE),
                    count(c, OperationType.REPLACE),
                    count(c, OperationType.SAME));
        }

        static boolean causedByInterrupt(Throwable e) {
            if (Thread.currentThread().isInterrupted()) {
                return true;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InterruptedException) {
                    return true;
                }
            }
            return false;
        }

        private static int count(Map<OperationType, Integer> c, OperationType type) {
            Integer n = c.get(type);
            return n == null ? 0 : n;
        }
    }
}
