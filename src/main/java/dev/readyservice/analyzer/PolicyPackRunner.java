package dev.readyservice.analyzer;

import dev.readyservice.review.Preview;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
        try (PolicyPackLaunch pack = PolicyPackLaunch.begin(packDir, policyConfig, preview.project(), preview.stack(), timeout)) {
            return pack.analyze(preview);
        }
    }

    /** The protocol steps over a connected client; separate so tests can use an in-process analyzer. */
    static Analysis analyze(AnalyzerClient client, List<PolicyDescriptor> manifest, PolicyConfig config, Preview preview) {
        return client.analyze(preview, PolicyPackSession.prepare(client, manifest, config, preview.project(), preview.stack()));
    }
}
