package dev.readyservice.pipeline;

import dev.readyservice.report.Format;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one review needs, resolved: no defaults are applied after this point.
 *
 * @param projectDir the Pulumi project (holds Pulumi.yaml)
 * @param stack the stack to review
 * @param policyPack the policy pack folder (holds PulumiPolicy.yaml and the built bin/)
 * @param policyConfig the policy config file, the one {@code --policy-pack-config} takes, if any
 * @param outDir where the report files are written
 * @param formats which report files to write
 * @param timeout how long the program and the pack may each take
 * @param debug show DEBUG logs and stack traces
 */
public record ReviewOptions(
        Path projectDir,
        String stack,
        Path policyPack,
        Optional<Path> policyConfig,
        Path outDir,
        Set<Format> formats,
        Duration timeout,
        boolean debug) {

    public ReviewOptions {
        formats = Set.copyOf(formats);
    }
}
