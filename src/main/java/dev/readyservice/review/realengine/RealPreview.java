package dev.readyservice.review.realengine;

import dev.readyservice.review.ReviewException;
import dev.readyservice.review.launch.ProgramCommand;
import dev.readyservice.review.launch.ProgramProcess;
import dev.readyservice.review.launch.ProgramResult;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One real {@code pulumi preview --stack NAME --policy-pack PACK [--policy-pack-config FILE]} in the
 * project's folder, with the pack's evidence folder set ({@value #EVIDENCE_VARIABLE}, see
 * policy/lib/evidence-folder.ts). The one runner of the real CLI: {@code prr review --engine pulumi}
 * and {@code prr bench} both go through {@link #command} and {@link #environment}, and the review
 * runs it with {@link #run}.
 *
 * <p>The CLI's exit code is not the verdict: a mandatory policy violation makes it exit non-zero
 * after a complete preview. Whether the preview completed is read from the evidence folder.
 *
 * @param pulumi the CLI ({@link PulumiExecutable#locate})
 * @param projectDir the Pulumi project
 * @param stack the stack, as the CLI's backend knows it
 * @param policyPack the pack's folder
 * @param policyConfig the file for {@code --policy-pack-config}, if any
 * @param timeout how long the CLI may run, with everything it starts
 * @param environment added to this process's environment for the CLI (credentials and backend come from the user's own)
 */
public record RealPreview(Path pulumi, Path projectDir, String stack, Path policyPack, Optional<Path> policyConfig, Duration timeout,
        Map<String, String> environment) {
    /** The variable that names the pack's evidence folder. */
    public static final String EVIDENCE_VARIABLE = "READYSERVICE_EVIDENCE_DIR";

    public RealPreview {
        Objects.requireNonNull(pulumi, "pulumi");
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(policyPack, "policyPack");
        Objects.requireNonNull(policyConfig, "policyConfig");
        Objects.requireNonNull(timeout, "timeout");
        environment = Map.copyOf(environment);
    }

    /** The PATH the CLI runs with: its own folder first, where an installed CLI keeps its language hosts and plugins. */
    public String path() {
        String inherited = environment.getOrDefault("PATH", System.getenv("PATH"));
        return pulumi.getParent() + (inherited == null || inherited.isEmpty() ? "" : File.pathSeparator + inherited);
    }

    /** How the CLI at hand starts the pack. */
    public PolicyPackArgument packArgument() {
        return PolicyPackArgument.forCli(pulumi, policyPack, path());
    }

    /** The command line. Colour off: the lines go through the review's console, which shows control characters as escapes. */
    public List<String> command() {
        List<String> command = new ArrayList<>(List.of(pulumi.toString(), "preview", "--stack", stack, "--non-interactive",
                "--color", "never", "--policy-pack", packArgument().value()));
        policyConfig.ifPresent(config -> command.addAll(List.of("--policy-pack-config", config.toString())));
        return command;
    }

    /** What the CLI's environment gets on top of this process's: {@link #environment()}, the pack's launch, PATH and the evidence folder. */
    public Map<String, String> environment(Path evidenceDir) {
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(packArgument().environment());
        env.put("PATH", path());
        env.put(EVIDENCE_VARIABLE, evidenceDir.toString());
        return env;
    }

    /** The command as one line, for progress and messages. */
    public String describe() {
        return String.join(" ", command().subList(1, command().size()));
    }

    /**
     * Runs the preview with its evidence going to {@code evidenceDir} (an empty folder), every line
     * the CLI prints given to {@code output}; whatever it started is ended when it exits or times out.
     *
     * @return how the CLI ended (its exit code is not the verdict, see the class documentation)
     * @throws ReviewException PROGRAM_FAILED when it cannot start or does not finish within {@link #timeout()}
     */
    public ProgramResult run(Path evidenceDir, Consumer<String> output) {
        ProgramResult result;
        try {
            result = ProgramProcess.run(new ProgramCommand(command(), projectDir), environment(evidenceDir), timeout, output);
        } catch (UncheckedIOException e) {
            throw ReviewException.programFailed(e.getMessage());
        }
        if (result.timedOut()) {
            throw ReviewException.programFailed("pulumi " + describe() + " did not finish within " + timeout.toSeconds()
                    + " s (--timeout); it was stopped with every process it started. Its last output:\n" + tail(result, 15));
        }
        return result;
    }

    /** The last {@code lines} lines the CLI printed. */
    public static String tail(ProgramResult result, int lines) {
        List<String> all = result.outputTail();
        return all.isEmpty() ? "(nothing)" : String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
