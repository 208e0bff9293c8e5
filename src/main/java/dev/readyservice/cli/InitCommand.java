package dev.readyservice.cli;

import dev.readyservice.review.OfflinePreview;
import dev.readyservice.review.Preview;
import dev.readyservice.review.PreviewRequest;
import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code prr init --project-dir DIR}: the first step of a team with an existing program. Previews
 * the program offline, lists its compute and stateful resources, and writes the starting
 * {@code ReadyService} code over them ({@code prr-init/Readiness.java.txt}), the pack's policy config
 * for the stack ({@code prr-init/policy-config.<stack>.json}) and playbook stubs
 * ({@code docs/playbooks/<alert>.md}); then {@code prr review} tells what is still missing.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Preview an existing Pulumi Java program, list its compute and stateful resources, and write the starting "
                + "ReadyService code over them, the policy config and playbook stubs. Nothing is overwritten without --force."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the files were written",
            "2:bad input: no Pulumi Java project, an unknown stack, or files that exist (without --force)",
            "3:the program failed or timed out"})
public final class InitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--project-dir", paramLabel = "DIR", description = "The Pulumi Java project. Default: the current directory.")
    Path projectDir = Path.of(".");

    @Option(names = "--stack", paramLabel = "NAME", description = "The stack whose config the program runs with. Default: qa.")
    String stack = "qa";

    @Option(names = "--force", description = "Overwrite files prr init wrote before.")
    boolean force;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long the program may run. Default: 300.")
    long timeoutSeconds = 300;

    @Override
    public Integer call() {
        SafeConsole out = new SafeConsole(spec.commandLine().getOut());
        SafeConsole err = new SafeConsole(spec.commandLine().getErr());
        Path project = projectDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(project)) {
            err.message("prr init: --project-dir " + projectDir + " is not a directory");
            return ExitCode.BAD_INPUT.code();
        }
        if (timeoutSeconds < 1) {
            err.message("prr init: --timeout " + timeoutSeconds + " must be a positive number of seconds");
            return ExitCode.BAD_INPUT.code();
        }
        Preview preview;
        try {
            preview = OfflinePreview.run(new PreviewRequest(project, stack, Duration.ofSeconds(timeoutSeconds), false,
                    line -> err.line("prr: " + line)));
        } catch (ReviewException e) {
            err.message("prr init: " + e.getMessage());
            return e.exitCode();
        }
        ReadinessScaffold scaffold = new ReadinessScaffold(preview.project(), preview.resources());
        Map<Path, String> files = files(project, scaffold);
        List<Path> existing = files.keySet().stream().filter(Files::exists).toList();
        if (!existing.isEmpty() && !force) {
            err.message("prr init: these files exist; nothing was written (give --force to overwrite them): "
                    + existing.stream().map(p -> project.relativize(p).toString()).toList());
            return ExitCode.BAD_INPUT.code();
        }
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Files.createDirectories(f.getKey().getParent());
                Files.writeString(f.getKey(), f.getValue());
            }
        } catch (IOException e) {
            err.message("prr init: cannot write into " + project + ": " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        if (scaffold.compute().isEmpty()) {
            out.line("prr init: no web app found in the preview of '" + preview.project() + "': the starting code has no component");
        }
        scaffold.summary().forEach(line -> out.line("  " + line));
        files.keySet().forEach(p -> out.line("  wrote " + project.relativize(p)));
        out.line("next: add prr-init/Readiness.java.txt to your program, replace every TODO, write the playbooks, then ./prr review --stack "
                + stack + " --policy-config prr-init/policy-config." + stack + ".json");
        return ExitCode.READY.code();
    }

    private Map<Path, String> files(Path project, ReadinessScaffold scaffold) {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(project.resolve("prr-init").resolve("Readiness.java.txt"), scaffold.code());
        bundledPolicyConfig().ifPresent(config -> files.put(project.resolve("prr-init").resolve("policy-config." + stack + ".json"), config));
        for (String alert : ReadinessScaffold.PLAYBOOKS) {
            files.put(project.resolve("docs").resolve("playbooks").resolve(alert + ".md"), ReadinessScaffold.playbook(alert));
        }
        return files;
    }

    /** The bundled pack's config for the stack's environment (qa, else prod: the stricter). */
    private java.util.Optional<String> bundledPolicyConfig() {
        String home = System.getProperty("prr.home", ".");
        String environment = "qa".equals(stack) ? "qa" : "prod";
        Path config = Path.of(home).resolve("policy").resolve("config").resolve(environment + ".json");
        try {
            return Files.isRegularFile(config) ? java.util.Optional.of(Files.readString(config)) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
