package dev.readyservice.analyzer;

import dev.readyservice.review.Preview;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;

/**
 * A started and configured policy pack: the engine's steps before any {@code Analyze}
 * ({@code ConfigureStack}, {@code GetAnalyzerInfo}, {@code Configure}) are done, and
 * {@link #analyze} sends the rest. Closing the session stops the pack.
 * {@link PolicyPackLaunch} starts one while the program runs.
 */
public final class PolicyPackSession implements AutoCloseable {
    private final PolicyPackProcess process;
    private final AnalyzerClient client;
    private final PackInfo pack;

    private PolicyPackSession(PolicyPackProcess process, AnalyzerClient client, PackInfo pack) {
        this.process = process;
        this.client = client;
        this.pack = pack;
    }

    /**
     * Starts the pack in {@code packDir} and configures it with {@code config} for
     * {@code project}/{@code stack}.
     *
     * @param timeout how long the pack may take to start, and each gRPC call
     * @throws PolicyConfigException when the pack rejects the config
     * @throws PolicyPackException when the pack cannot start or fails
     */
    static PolicyPackSession start(Path packDir, List<PolicyDescriptor> manifest, EnvironmentRule rule, PolicyConfig config,
            StackUnderReview stack, Duration timeout) {
        PolicyPackProcess process = PolicyPackProcess.start(packDir, stack.launchEnvironment(), timeout);
        AnalyzerClient client = null;
        try {
            client = AnalyzerClient.connect(process.port(), timeout);
            return new PolicyPackSession(process, client, prepare(client, manifest, rule, config, stack));
        } catch (PolicyConfigException e) {
            closeAll(client, process);
            throw e;
        } catch (PolicyPackException e) {
            closeAll(client, process);
            throw new PolicyPackException(e.getMessage(), process.stderrTail(), e);
        } catch (RuntimeException | Error e) {
            closeAll(client, process);
            throw e;
        }
    }

    /** The protocol steps over a connected client, without a process: tests use an in-process analyzer. */
    static Analysis analyze(AnalyzerClient client, List<PolicyDescriptor> manifest, EnvironmentRule rule, PolicyConfig config,
            StackUnderReview stack, Preview preview) {
        return client.analyze(preview, prepare(client, manifest, rule, config, stack));
    }

    /**
     * {@code ConfigureStack}, {@code GetAnalyzerInfo} and {@code Configure}: the engine's steps before
     * any {@code Analyze}. The result knows the environment the pack judges the stack as (by the
     * manifest's rule) and which setting gave each policy a level other than the pack's.
     */
    static PackInfo prepare(AnalyzerClient client, List<PolicyDescriptor> manifest, EnvironmentRule rule, PolicyConfig config,
            StackUnderReview stack) {
        client.configureStack(stack);
        AnalyzerInfo info = client.info();
        Map<String, EnforcementLevel> levels = client.configure(info, config);
        return new PackInfo(info.getName(), info.getVersion(), manifest).withLevels(levels)
                .judging(rule.judge(stack.stack(), stack.config()), levelSettings(manifest, config, levels));
    }

    /** The setting behind every level the config changed, in words a reader can find in the file. */
    static Map<String, String> levelSettings(List<PolicyDescriptor> manifest, PolicyConfig config, Map<String, EnforcementLevel> levels) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (PolicyDescriptor policy : manifest) {
            EnforcementLevel level = levels.getOrDefault(policy.name(), policy.enforcementLevel());
            PolicyConfig.Entry entry = config.policies().get(policy.name());
            if (entry != null && entry.level().isPresent()) {
                settings.put(policy.name(), config.file() + " sets \"" + policy.name() + "\": enforcementLevel " + level.wireName());
            } else if (level != policy.enforcementLevel()) {
                settings.put(policy.name(), config.file() + " gives it enforcementLevel " + level.wireName() + " (no entry of its own: the \"all\" key)");
            }
        }
        return settings;
    }

    /**
     * {@code Analyze} for every resource of {@code preview} and one {@code AnalyzeStack}, as
     * the engine sends them.
     *
     * @throws PolicyPackException when a call fails; the pack's stderr says why, usually
     */
    public Analysis analyze(Preview preview) {
        try {
            return client.analyze(preview, pack);
        } catch (PolicyPackException e) {
            throw new PolicyPackException(e.getMessage(), process.stderrTail(), e);
        }
    }

    /** {@link AnalyzerClient#analyzeAhead}: {@code Analyze} for what the program registered so far. */
    void analyzeAhead(java.util.function.Supplier<Preview> registeredSoFar) {
        client.analyzeAhead(registeredSoFar);
    }

    /** Closes the connection and stops the pack and its descendants. */
    @Override
    public void close() {
        closeAll(client, process);
    }

    private static void closeAll(AnalyzerClient client, PolicyPackProcess process) {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            process.close();
        }
    }
}
