package dev.readyservice.pipeline;

import dev.readyservice.evidence.Playbooks;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.report.Format;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
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
 * @param playbooks the playbook directory the monitors' {@code Playbook:} links must resolve in
 * @param redeployMaxAge how old a redeploy record may be and still count for {@code quality.redeploy-time}
 * @param invokesFile pinned answers to provider functions ({@code --invokes}), if any
 * @param stackOutputsFile pinned outputs of the stacks the program references ({@code --stack-outputs}), if any
 */
public record ReviewOptions(
        Path projectDir,
        String stack,
        Path policyPack,
        Optional<Path> policyConfig,
        Path outDir,
        Set<Format> formats,
        Duration timeout,
        boolean debug,
        Path playbooks,
        Duration redeployMaxAge,
        Optional<Path> invokesFile,
        Optional<Path> stackOutputsFile) {

    public ReviewOptions {
        invokesFile = invokesFile == null ? Optional.empty() : invokesFile;
        stackOutputsFile = stackOutputsFile == null ? Optional.empty() : stackOutputsFile;
        formats = Set.copyOf(formats);
        Objects.requireNonNull(playbooks, "playbooks");
        Objects.requireNonNull(redeployMaxAge, "redeployMaxAge");
    }

    /** Options without pinned answers. */
    public ReviewOptions(Path projectDir, String stack, Path policyPack, Optional<Path> policyConfig, Path outDir, Set<Format> formats,
            Duration timeout, boolean debug, Path playbooks, Duration redeployMaxAge) {
        this(projectDir, stack, policyPack, policyConfig, outDir, formats, timeout, debug, playbooks, redeployMaxAge, Optional.empty(),
                Optional.empty());
    }

    /** Options with the default redeploy record age ({@link ProjectArtefacts#DEFAULT_REDEPLOY_MAX_AGE}). */
    public ReviewOptions(Path projectDir, String stack, Path policyPack, Optional<Path> policyConfig, Path outDir, Set<Format> formats,
            Duration timeout, boolean debug, Path playbooks) {
        this(projectDir, stack, policyPack, policyConfig, outDir, formats, timeout, debug, playbooks,
                ProjectArtefacts.DEFAULT_REDEPLOY_MAX_AGE);
    }

    /** Options with the default playbook directory, {@code <projectDir>/docs/playbooks}. */
    public ReviewOptions(Path projectDir, String stack, Path policyPack, Optional<Path> policyConfig, Path outDir, Set<Format> formats,
            Duration timeout, boolean debug) {
        this(projectDir, stack, policyPack, policyConfig, outDir, formats, timeout, debug,
                projectDir.resolve(Playbooks.DEFAULT_DIRECTORY));
    }
}
