package dev.readyservice.analyzer;

import dev.readyservice.review.Preview;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;

/** Runs a built policy pack over a preview: the one call the review needs. */
public final class PolicyPackRunner {

    private PolicyPackRunner() {
    }

    /**
     * Starts the pack in {@code packDir}, configures it from {@code policyConfig} (the file
     * {@code pulumi preview --policy-pack-config} takes), analyses every resource of {@code preview}
     * and the stack, and stops the pack.
     *
     * @param timeout how long the pack may take to start, and each gRPC call
     * @throws PolicyConfigException when the config file is invalid or the pack rejects it
     * @throws PolicyPackException when the pack cannot start or fails
     */
    public static Analysis analyze(Path packDir, Optional<Path> policyConfig, Preview preview, Duration timeout) {
        List<PolicyDescriptor> manifest = PackManifest.read(packDir);
        PolicyConfig config = policyConfig.map(PolicyConfig::read).orElseGet(PolicyConfig::none);
        try (PolicyPackProcess pack = PolicyPackProcess.start(packDir, timeout);
                AnalyzerClient client = AnalyzerClient.connect(pack.port(), timeout)) {
            try {
                return analyze(client, manifest, config, preview);
            } catch (PolicyConfigException e) {
                throw e;
            } catch (PolicyPackException e) {
                // The pack's own stderr usually says why a call failed (a policy threw, for example).
                throw new PolicyPackException(e.getMessage(), pack.stderrTail(), e);
            }
        }
    }

    /** The protocol steps over a connected client; separate so tests can use an in-process analyzer. */
    static Analysis analyze(AnalyzerClient client, List<PolicyDescriptor> manifest, PolicyConfig config, Preview preview) {
        client.configureStack(preview);
        AnalyzerInfo info = client.info();
        Map<String, EnforcementLevel> levels = client.configure(info, config);
        PackInfo pack = new PackInfo(info.getName(), info.getVersion(), manifest).withLevels(levels);
        return client.analyze(preview, pack);
    }
}
